package uk.councils.reviewtracker.audit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The audit trail in plain words. Events keep the codes the features wrote (a status, a role, a kind of paper), so
 * the record never depends on the wording; this is the one place that knows where each code sits in a description
 * and which message names it. A code it cannot name is left as written.
 */
@Component
public class AuditWording {

    /** Where a code sits (group "code"), the message prefix naming it, and the message wording that phrase. */
    record Rule(Pattern where, String codePrefix, String phrase) {
    }

    static final List<Rule> RULES = List.of(
            rule("^Created user \\S+ \\(.*\\) (?<phrase>as (?<code>[A-Z_]+))$", "role.", "audit.wording.as"),
            rule("^Changed user [^:]+: (?<phrase>role (?<code>[A-Z_]+))(, |$)", "role.", "audit.wording.role"),
            rule("^Reported progress on \".*\": (?<phrase>status (?<code>[A-Z_]+))(, note: |$)", "actionStatus.",
                    "audit.wording.status"),
            rule("^(?<phrase>Created a (?<code>[A-Z_]+) briefing) for ", "briefingTemplate.",
                    "audit.wording.briefing"),
            rule("^Edited recommendation \".*\"(?<phrase>; response (?<code>[A-Z_]+))$", "response.",
                    "audit.wording.response"));

    private final MessageSourceAccessor messages;

    AuditWording(MessageSourceAccessor messages) {
        this.messages = messages;
    }

    private static Rule rule(String where, String codePrefix, String phrase) {
        return new Rule(Pattern.compile(where, Pattern.DOTALL), codePrefix, phrase);
    }

    public String plain(String description) {
        String words = description;
        for (Rule rule : RULES) {
            Matcher match = rule.where().matcher(words);
            if (match.find()) {
                words = words.substring(0, match.start("phrase")) + phrase(rule, match.group("code"))
                        + words.substring(match.end("phrase"));
            }
        }
        return words;
    }

    private String phrase(Rule rule, String code) {
        try {
            String word = messages.getMessage(rule.codePrefix() + code);
            return messages.getMessage(rule.phrase(), new Object[] {word});
        } catch (NoSuchMessageException unknown) {
            return messages.getMessage(rule.phrase(), new Object[] {code});
        }
    }
}
