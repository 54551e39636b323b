package uk.councils.reviewtracker.common.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form people spend long enough on to outlast their session, declared by the feature that owns it: when it
 * arrives with a dead CSRF token, what was typed is kept ({@link UnsavedInput}) and shown again on {@code page}
 * ({@code $1} and so on are the groups of {@code post}) to check and save, instead of a bare "no permission".
 */
public record ResumablePost(Pattern post, String page) {

    public static ResumablePost of(String postRegex, String page) {
        return new ResumablePost(Pattern.compile(postRegex), page);
    }

    /** The page that shows this form again, when {@code requestPath} is where it is sent. */
    public Optional<String> pageFor(String requestPath) {
        Matcher matcher = post.matcher(requestPath);
        return matcher.matches() ? Optional.of(matcher.replaceFirst(page)) : Optional.empty();
    }
}
