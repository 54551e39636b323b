package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@link TextPages} takes away as page furniture, and what it keeps. */
class TextPagesTest {

    @Test
    void theFirstLineOfAPageAfterThePageNumberIsKeptUnlessItRepeats() {
        String undone = TextPages.undone(String.join("\n",
                "Findings",
                "Re-referrals have risen to 27%.",
                "",
                "Page 1 of 2",
                "\fScreening and decision making",
                "What is working well",
                "Every contact is rated on arrival."));

        assertThat(undone).contains("Screening and decision making").doesNotContain("Page 1 of 2");
    }

    @Test
    void aLineAtTheTopOfEveryPageIsARunningHeader() {
        String undone = TextPages.undone(String.join("\n",
                "Peer review of Anyshire",
                "The team met leaders.",
                "Page 1 of 2",
                "\fPeer review of Anyshire",
                "The team met practitioners.",
                "Page 2 of 2"));

        assertThat(undone).doesNotContain("Peer review of Anyshire").contains("The team met practitioners.");
    }
}
