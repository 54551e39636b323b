package uk.councils.reviewtracker.common.web;

import java.util.regex.Pattern;

/**
 * A path that takes a file upload, declared by the feature that owns it so the {@link UploadSizeFilter} can answer
 * an over-size upload before anything reads it. Paths under /api/ get a JSON problem; pages are sent back to
 * themselves with {@code ?problem=tooLarge}.
 */
public record UploadEndpoint(Pattern path) {

    public static UploadEndpoint matching(String regex) {
        return new UploadEndpoint(Pattern.compile(regex));
    }

    boolean matches(String requestPath) {
        return path.matcher(requestPath).matches();
    }
}
