package uk.councils.reviewtracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import uk.councils.reviewtracker.actions.ActionStatus;
import uk.councils.reviewtracker.actions.Rag;
import uk.councils.reviewtracker.audit.RecordType;
import uk.councils.reviewtracker.briefings.BriefingTemplate;
import uk.councils.reviewtracker.findings.FindingDetail;
import uk.councils.reviewtracker.findings.FindingKind;
import uk.councils.reviewtracker.recommendations.ResponseType;
import uk.councils.reviewtracker.reminders.DigestKind;
import uk.councils.reviewtracker.reminders.DigestReason;
import uk.councils.reviewtracker.reviews.ReviewStatus;
import uk.councils.reviewtracker.reviews.ReviewType;
import uk.councils.reviewtracker.users.Role;

/**
 * Every message a page, a validation rule or the Java code names exists, so no page, mail or document ever shows
 * "??key??" or fails on a missing message.
 */
class MessagesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([\\w.]+)");
    private static final Pattern CONSTRAINT_KEY = Pattern.compile("message = \"\\{([\\w.]+)}\"");
    /**
     * The calls that look a message up by its key: MessageSource and MessageSourceAccessor, BindingResult and
     * Errors, a resolvable message, and the application's own ways of passing a key on (an import refusal, the
     * briefings' and dashboard's text, the letter draft's sections).
     */
    private static final Pattern LOOKUP = Pattern.compile("\\b(getMessage|rejectValue|reject|DefaultMessageSourceResolvable"
            + "|ImportException|text|message|chart|list|addChanges)\\(");
    /** A literal shaped like a key, not the start of one built at run time ({@code "digest.kind." + kind}). */
    private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"(?!\\s*\\+)");

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Properties messages = messages();
        Set<String> missing = new TreeSet<>();
        collect(Path.of("src/main/resources/templates"), TEMPLATE_KEY, missing, messages);
        collect(Path.of("src/main/java"), CONSTRAINT_KEY, missing, messages);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyTheJavaCodeLooksUpExists() throws IOException {
        Properties messages = messages();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                for (String key : lookedUp(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (!messages.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theScanFindsTheKeysOfEveryKindOfLookup() {
        assertThat(lookedUp("""
                messages.getMessage("a.one", new Object[] {1});
                result.rejectValue("items[" + i + "].text", "a.two");
                errors.rejectValue("note", changed ? "a.three" : "a.four");
                throw new ImportException("a.five", e);
                messages.getMessage("digest.kind." + kind);
                rejectValue("user.name", "a.six");
                """)).containsExactlyInAnyOrder("a.one", "a.two", "a.three", "a.four", "a.five", "a.six");
    }

    /** The key-shaped literals among the arguments of each lookup call (bar rejectValue's field). */
    static List<String> lookedUp(String java) {
        List<String> keys = new ArrayList<>();
        Matcher call = LOOKUP.matcher(java);
        while (call.find()) {
            String arguments = arguments(java, call.end());
            if (call.group(1).equals("rejectValue")) {
                arguments = arguments.substring(Math.min(arguments.length(), firstComma(arguments) + 1));
            }
            Matcher key = KEY.matcher(arguments);
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }

    /** The text between a call's opening parenthesis (just before {@code from}) and its closing one. */
    private static String arguments(String java, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < java.length(); i++) {
            char c = java.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return java.substring(from, i);
            }
        }
        return java.substring(from);
    }

    private static int firstComma(String arguments) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                return i;
            }
        }
        return arguments.length();
    }

    @Test
    void everyEnumValueHasALabel() throws IOException {
        Properties messages = messages();
        Set<String> missing = new TreeSet<>();
        check(messages, missing, "reviewType.", ReviewType.values());
        check(messages, missing, "reviewStatus.", ReviewStatus.values());
        check(messages, missing, "findingKind.", FindingKind.values());
        check(messages, missing, "findingDetail.", FindingDetail.values());
        check(messages, missing, "response.", ResponseType.values());
        check(messages, missing, "actionStatus.", ActionStatus.values());
        check(messages, missing, "role.", Role.values());
        check(messages, missing, "briefingTemplate.", BriefingTemplate.values());
        check(messages, missing, "auditRecord.", RecordType.values());
        check(messages, missing, "digest.kind.", DigestKind.values());
        check(messages, missing, "digest.subject.", DigestKind.values());
        check(messages, missing, "digest.reason.", DigestReason.values());
        for (Rag rag : Rag.values()) {
            check(messages, missing, "", rag.getMessageKey(), rag.getMessageKey() + ".meaning");
        }
        assertThat(missing).isEmpty();
    }

    private static void check(Properties messages, Set<String> missing, String prefix, Object... values) {
        for (Object value : values) {
            String key = prefix + (value instanceof Enum<?> e ? e.name() : value);
            if (!messages.containsKey(key)) {
                missing.add(key);
            }
        }
    }

    private static void collect(Path root, Pattern pattern, Set<String> missing, Properties messages)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    boolean dynamic = key.endsWith(".");
                    if (!dynamic && !messages.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
    }

    private static Properties messages() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource("messages.properties").getInputStream()) {
            properties.load(in);
        }
        return properties;
    }
}
