package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.letters.LetterExtraction.LineOfEnquiry;
import uk.councils.reviewtracker.letters.document.Block;
import uk.councils.reviewtracker.letters.document.Block.Cell;
import uk.councils.reviewtracker.letters.document.Block.Heading;
import uk.councils.reviewtracker.letters.document.Block.Paragraph;
import uk.councils.reviewtracker.letters.document.Block.Row;
import uk.councils.reviewtracker.letters.document.Block.Table;
import uk.councils.reviewtracker.letters.document.LetterDocument;
import uk.councils.reviewtracker.letters.document.Source;

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

    @Test
    void aQuestionAndAnswerTableGivesEachQuestionTheAnswerBesideIt() {
        LetterDocument document = new LetterDocument(List.of(
                paragraph("Our short answers to your questions are in the table."),
                new Table(List.of(row("Question", "What the team found"),
                        row("Do schools know how to raise a concern?", "Most do, and use the online form."),
                        row("Are plans reviewed on time?", "Not always: one in five was late.")), SOURCE),
                new Heading(2, null, "Leadership", SOURCE),
                paragraph("Leaders are visible.")), "");

        LetterExtraction letter = LetterExtractor.extract(document, "letter.docx");

        assertThat(letter.linesOfEnquiry()).containsExactly(
                new LineOfEnquiry("Do schools know how to raise a concern?", "Most do, and use the online form."),
                new LineOfEnquiry("Are plans reviewed on time?", "Not always: one in five was late."));
    }

    @Test
    void aQuestionAndAnswerTableAsTabSeparatedTextIsReadTheSameWay() {
        LetterExtraction letter = LetterExtractor.extract("""
                Question	What the team found

                Do schools know how to raise a concern?	Most do, and use the online form.

                Are plans reviewed on time?	Not always: one in five was late.

                Leadership

                Leaders are visible.
                """, "letter.txt");

        assertThat(letter.linesOfEnquiry()).containsExactly(
                new LineOfEnquiry("Do schools know how to raise a concern?", "Most do, and use the online form."),
                new LineOfEnquiry("Are plans reviewed on time?", "Not always: one in five was late."));
    }

    @Test
    void questionsStandingAloneAfterTheCouncilAskedThemAreAnsweredByTheParagraphUnderEach() {
        LetterExtraction letter = LetterExtractor.extract("""
                The partnership asked us two questions.

                Is the early help offer understood by schools?

                Largely, yes. Head teachers could describe it.

                Do families get help quickly enough?

                Not at weekends.

                Our findings

                The team met thirty practitioners.
                """, "letter.txt");

        assertThat(letter.linesOfEnquiry()).containsExactly(
                new LineOfEnquiry("Is the early help offer understood by schools?",
                        "Largely, yes. Head teachers could describe it."),
                new LineOfEnquiry("Do families get help quickly enough?", "Not at weekends."));
    }

    @Test
    void aQuestionAskedInTheCourseOfAFindingIsNoLineOfEnquiry() {
        LetterExtraction letter = LetterExtractor.extract("""
                Quality assurance

                The audit programme covers ten cases a month.

                How does the board know that audits change practice?

                The board needs a simple way to follow up each audit's actions.
                """, "report.txt");

        assertThat(letter.linesOfEnquiry()).isEmpty();
    }

    @Test
    void inTextWithoutBlankLinesAQuestionOnALineOfItsOwnStandsOverItsAnswer() {
        LetterExtraction letter = LetterExtractor.extract("""
                Key lines of enquiry
                The partnership asked the team to look at two things, and the answers below are short ones
                because the detail follows in the sections on each theme later in this letter to you all.
                Is early help reaching the families who need it?
                Mostly. Families in the north of the county wait longer, because the locality team there is
                short of two family support workers and has been since the spring of this year.
                Do schools know how to raise a concern?
                Yes. Every school the team visited could describe the route and had used it this term.

                Leadership
                """, "letter.txt");

        assertThat(letter.linesOfEnquiry()).containsExactly(
                new LineOfEnquiry("Is early help reaching the families who need it?", "Mostly. Families in the "
                        + "north of the county wait longer, because the locality team there is short of two family "
                        + "support workers and has been since the spring of this year."),
                new LineOfEnquiry("Do schools know how to raise a concern?",
                        "Yes. Every school the team visited could describe the route and had used it this term."));
    }

    @Test
    void aQuestionAndAnswerTableAnswersTheLinesOfEnquiryListedBeforeIt() {
        LetterDocument document = new LetterDocument(List.of(
                paragraph("The review's key lines of enquiry were:"),
                new Block.ListItem(0, "1", "Are plans reviewed on time?", SOURCE),
                new Block.ListItem(0, "2", "Do schools know how to raise a concern?", SOURCE),
                new Heading(2, null, "What we found", SOURCE),
                new Table(List.of(row("Question", "Answer"),
                        row("Do schools know how to raise a concern?", "Most do."),
                        row("Are plans reviewed on time?", "Not always.")), SOURCE)), "");

        LetterExtraction letter = LetterExtractor.extract(document, "letter.docx");

        assertThat(letter.linesOfEnquiry()).containsExactly(
                new LineOfEnquiry("Are plans reviewed on time?", "Not always."),
                new LineOfEnquiry("Do schools know how to raise a concern?", "Most do."));
    }

    private static final Source SOURCE = new Source(1, 1, "");

    private static Paragraph paragraph(String text) {
        return new Paragraph(null, text, SOURCE);
    }

    private static Row row(String... cells) {
        return new Row(Arrays.stream(cells)
                .map(text -> new Cell(List.<Block>of(paragraph(text)), 1, false)).toList());
    }
}
