package uk.councils.reviewtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one reference rule and the one action-text key that reading and matching share. */
class RecommendationRefsTest {

    @Test
    void theWaysPlansWriteAReferenceAreOneReference() {
        assertThat(java.util.stream.Stream.of("R4", "4", "Rec 4", "Recommendation 4", "4.", "(4)", "rec. 4", " r4 "))
                .map(RecommendationRefs::key).containsOnly("4");
        assertThat(RecommendationRefs.key("3a")).isNotEqualTo(RecommendationRefs.key("3"));
        assertThat(RecommendationRefs.key("1.2")).isNotEqualTo(RecommendationRefs.key("1"));
        assertThat(RecommendationRefs.key("R14")).isNotEqualTo(RecommendationRefs.key("4"));
    }

    @Test
    void referencesAreKeptAsPrintedWithoutAWordOrFullStopInFront() {
        assertThat(RecommendationRefs.display("R14")).isEqualTo("R14");
        assertThat(RecommendationRefs.display("(2)")).isEqualTo("(2)");
        assertThat(RecommendationRefs.display("Recommendation 4")).isEqualTo("4");
        assertThat(RecommendationRefs.display("4.")).isEqualTo("4");
    }

    @Test
    void aCellIsAReferenceOnlyWhenItIsNumberedLikeOne() {
        assertThat(java.util.stream.Stream.of("R1", "3a", "(2)", "1.1", "Rec 4", "12."))
                .allMatch(RecommendationRefs::isRef);
        assertThat(java.util.stream.Stream.of("Red", "G", "2013", "31/03/2013", "Leadership", "Key"))
                .noneMatch(RecommendationRefs::isRef);
    }

    @Test
    void aReferenceAndItsTextInOneCellAreSplit() {
        assertThat(RecommendationRefs.splitRefAndText("R3 RECOMMENDATION : Hear the child")).hasValueSatisfying(
                parts -> assertThat(parts).containsExactly("R3", "Hear the child"));
        assertThat(RecommendationRefs.splitRefAndText("Recommendation 2: Reduce caseloads")).hasValueSatisfying(
                parts -> assertThat(parts).containsExactly("2", "Reduce caseloads"));
        assertThat(RecommendationRefs.splitRefAndText("PRIORITY 1: LEADERSHIP")).isEmpty();
        assertThat(RecommendationRefs.withoutLabel("RECOMMENDATION : Hear the child")).isEqualTo("Hear the child");
    }

    @Test
    void anActionsOwnNumberIsPartOfItsRecommendation() {
        assertThat(RecommendationRefs.isPartOf("1.2", "1")).isTrue();
        assertThat(RecommendationRefs.isPartOf("1a", "R1")).isTrue();
        assertThat(RecommendationRefs.isPartOf("12", "1")).isFalse();
        assertThat(RecommendationRefs.isPartOf("2", "1")).isFalse();
    }

    @Test
    void actionTextsThatDifferOnlyInPunctuationCaseOrSpacesAreOneActionAndNearOnesAreFlagged() {
        assertThat(ActionTexts.same("Review the MASH.", "review  the MASH")).isTrue();
        assertThat(ActionTexts.same("Review the MASH – now", "Review the MASH now")).isTrue();
        assertThat(ActionTexts.nearlySame("Review the MASH with partners", "Review the MASH with all partners"))
                .isTrue();
        assertThat(ActionTexts.nearlySame("Review the MASH", "Train the staff")).isFalse();
        assertThat(ActionTexts.nearlySame("Review the MASH", "review the MASH")).isFalse();
    }

    @Test
    void theLimitsAreTheEntitiesOwnColumnLengths() {
        assertThat(StoredLengths.TIMESCALE.length()).isEqualTo(100);
        assertThat(StoredLengths.REF.length()).isEqualTo(20);
        assertThat(StoredLengths.TIMESCALE.cut("x".repeat(99) + "\uD83D\uDE00")).hasSize(99);
        assertThat(StoredLengths.TIMESCALE.cut("x".repeat(98) + "  yy")).hasSize(98);
    }
}
