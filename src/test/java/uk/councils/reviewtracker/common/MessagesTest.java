package uk.councils.reviewtracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Every message a page or a validation rule names exists, so no page ever shows "??key??". */
class MessagesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([\\w.]+)");
    private static final Pattern CODE_KEY = Pattern.compile("message = \"\\{([\\w.]+)}\"|rejectValue\\(\"\\w+\", \"([\\w.]+)\"");

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Properties messages = messages();
        Set<String> missing = new TreeSet<>();
        collect(Path.of("src/main/resources/templates"), TEMPLATE_KEY, missing, messages);
        collect(Path.of("src/main/java"), CODE_KEY, missing, messages);
        assertThat(missing).isEmpty();
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
                    String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
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
