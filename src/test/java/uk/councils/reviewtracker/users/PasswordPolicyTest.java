package uk.councils.reviewtracker.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.users.PasswordPolicy.Problem;

class PasswordPolicyTest {

    @Test
    void aLongPhraseOfOrdinaryWordsIsAccepted() {
        assertThat(PasswordPolicy.check("correct horse battery staple", "jo")).isEmpty();
        assertThat(PasswordPolicy.check("Gravel-Teapot-Lantern", "jo")).isEmpty();
    }

    @Test
    void spacesDoNotCountTowardsTheLength() {
        assertThat(PasswordPolicy.check(" ".repeat(12), "jo")).contains(Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check("abc  def  gh ", "jo")).contains(Problem.TOO_SHORT);
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsOrSymbolsAddedAtEitherEnd() {
        assertThat(PasswordPolicy.check("password1234", "jo")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.check("qwerty123456", "jo")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.check("!!Sunshine2024!!", "jo")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.check("football football", "jo")).contains(Problem.COMMON);
    }

    @Test
    void sequencesAndRepeatsAreRefused() {
        assertThat(PasswordPolicy.check("123456789012", "jo")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.check("210987654321", "jo")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.check("abcdefghijklm", "jo")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.check("zzzzzzzzzzzz", "jo")).contains(Problem.COMMON);
        assertThat(PasswordPolicy.check("abcabcabcabc", "jo")).contains(Problem.COMMON);
    }

    @Test
    void moreThanSeventyTwoBytesIsRefusedBecauseBcryptWouldIgnoreTheRest() {
        assertThat(PasswordPolicy.check("river ".repeat(13), "jo")).contains(Problem.TOO_LONG);
        assertThat(PasswordPolicy.check("é".repeat(37), "jo")).contains(Problem.TOO_LONG);
        assertThat(PasswordPolicy.check("a quiet river at dawn ".repeat(3).strip(), "jo")).isEmpty();
    }

    @Test
    void thePasswordMustNotContainTheUsername() {
        assertThat(PasswordPolicy.check("olu.officer tea party", "Olu.Officer")).contains(Problem.CONTAINS_USERNAME);
    }
}
