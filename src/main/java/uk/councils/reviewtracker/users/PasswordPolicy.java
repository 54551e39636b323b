package uk.councils.reviewtracker.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable, as the NCSC advises: long enough, not one that is commonly used (checked
 * against a list shipped with the app, also with the digits and symbols people add at either end), and no
 * composition rules. At most 72 bytes, because BCrypt ignores whatever comes after them.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final String COMMON_LIST = "/users/common-passwords.txt";
    /** A core shorter than this is not looked up: "ab" + 10 digits is caught as a sequence or not at all. */
    private static final int MIN_CORE = 4;
    private static final int MAX_REPEATED_UNIT = 4;

    /** Why a password is refused: each a message key {@code user.password.<name>}. */
    enum Problem {
        TOO_SHORT("tooShort"), TOO_LONG("tooLong"), CONTAINS_USERNAME("containsUsername"), COMMON("common");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        String messageKey() {
            return "user.password." + key;
        }
    }

    private PasswordPolicy() {
    }

    static Optional<Problem> check(String password, String username) {
        Objects.requireNonNull(password);
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (password.codePoints().filter(c -> !Character.isWhitespace(c)).count() < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.CONTAINS_USERNAME);
        }
        return common(lower) ? Optional.of(Problem.COMMON) : Optional.empty();
    }

    private static boolean common(String lower) {
        String squeezed = lower.replaceAll("\\s+", "");
        String core = squeezed.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return Common.LIST.contains(squeezed) || core.length() >= MIN_CORE && Common.LIST.contains(core)
                || sequence(squeezed) || repeated(squeezed);
    }

    /** "123456789012", "987654321098", "abcdefghijkl": each character one after the other (digits wrap round). */
    private static boolean sequence(String text) {
        for (int step : new int[] {1, -1}) {
            boolean all = true;
            for (int i = 1; i < text.length() && all; i++) {
                all = next(text.charAt(i - 1), step) == text.charAt(i);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static char next(char c, int step) {
        if (Character.isDigit(c)) {
            return (char) ('0' + Math.floorMod(c - '0' + step, 10));
        }
        return (char) (c + step);
    }

    /** "aaaaaaaaaaaa", "abcabcabcabc", "footballfootball": a short or a common unit said again and again. */
    private static boolean repeated(String text) {
        for (int unit = 1; unit <= text.length() / 2; unit++) {
            String first = text.substring(0, unit);
            if (text.length() % unit == 0 && first.repeat(text.length() / unit).equals(text)
                    && (unit <= MAX_REPEATED_UNIT || Common.LIST.contains(first))) {
                return true;
            }
        }
        return false;
    }

    /** Loaded on first use, once. */
    private static final class Common {

        static final Set<String> LIST = load();

        private static Set<String> load() {
            Set<String> passwords = new HashSet<>(64_000);
            try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(COMMON_LIST));
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(passwords::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return passwords;
        }
    }
}
