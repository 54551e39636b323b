package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.letters.LetterExtraction.LineOfEnquiry;

/** Lines of enquiry as reports without heading styles, and PDF text, give them. */
class LinesOfEnquiryTest {

    @Test
    void questionsAfterASentenceNamingTheFollowingQuestionsAreTheLinesOfEnquiry() {
        LetterExtraction letter = LetterExtractor.extract("""
                2. Scope

                2.1 The review considered the following questions, agreed with the Chair:

                1. Are children seen quickly enough?

                2. Do partners share information well?

                2.2 The reviewer met 20 people.
                """, "report.txt");

        assertThat(letter.linesOfEnquiry()).containsExactly(
                new LineOfEnquiry("Are children seen quickly enough?", null),
                new LineOfEnquiry("Do partners share information well?", null));
    }

    @Test
    void aQuestionStandingAsItsOwnParagraphUnderTheLinesOfEnquiryHeadingIsAnsweredByTheParagraphsAfterIt() {
        LetterExtraction letter = LetterExtractor.extract("""
                Key lines of enquiry

                How well does the front door respond to contacts from schools, health and the police out of hours?

                The front door is timely. Partners value the consultation line.

                Are plans specific enough?

                Most plans are not specific.

                Leadership

                The team met the leader.
                """, "letter.txt");

        assertThat(letter.linesOfEnquiry()).containsExactly(
                new LineOfEnquiry("How well does the front door respond to contacts from schools, health and the "
                        + "police out of hours?",
                        "The front door is timely. Partners value the consultation line."),
                new LineOfEnquiry("Are plans specific enough?", "Most plans are not specific."));
    }
}
