package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.letters.TypedMarkers.Kind;
import uk.councils.reviewtracker.letters.TypedMarkers.Typed;

/** One reading of a typed number or letter for Word, PDF and text alike. */
class TypedMarkersTest {

    @Test
    void numbersLettersSectionsAndReferencesAreReadWithoutTheirBracketsAndStops() {
        assertThat(TypedMarkers.of("1. Develop a data set")).contains(new Typed(Kind.NUMBER, "1", "Develop a data set"));
        assertThat(TypedMarkers.of("(3) Review the plan")).contains(new Typed(Kind.NUMBER, "3", "Review the plan"));
        assertThat(TypedMarkers.of("2) Review the plan")).contains(new Typed(Kind.NUMBER, "2", "Review the plan"));
        assertThat(TypedMarkers.of("(iv) Agree a budget")).contains(new Typed(Kind.LETTER, "iv", "Agree a budget"));
        assertThat(TypedMarkers.of("iv) Agree a budget")).contains(new Typed(Kind.LETTER, "iv", "Agree a budget"));
        assertThat(TypedMarkers.of("b) Agree a budget")).contains(new Typed(Kind.LETTER, "b", "Agree a budget"));
        assertThat(TypedMarkers.of("c. Agree a budget")).contains(new Typed(Kind.LETTER, "c", "Agree a budget"));
        assertThat(TypedMarkers.of("2.1.5 The review recommends"))
                .contains(new Typed(Kind.SECTION, "2.1.5", "The review recommends"));
        assertThat(TypedMarkers.of("3.4. Strengths")).contains(new Typed(Kind.SECTION, "3.4", "Strengths"));
        assertThat(TypedMarkers.of("R14: Publish the plan")).contains(new Typed(Kind.REFERENCE, "R14",
                "Publish the plan"));
    }

    @Test
    void wordsThatOnlyStartLikeAMarkerAreNotOne() {
        assertThat(TypedMarkers.of("i.e. the front door")).isEmpty();
        assertThat(TypedMarkers.of("2019 was a year of change")).isEmpty();
        assertThat(TypedMarkers.of("1.")).isEmpty();
        assertThat(TypedMarkers.of("Recommendations")).isEmpty();
    }

    @Test
    void aMarkerAloneAndAHeadingsBareSectionNumberAreRecognised() {
        assertThat(TypedMarkers.alone("(a)")).isTrue();
        assertThat(TypedMarkers.alone("12.")).isTrue();
        assertThat(TypedMarkers.alone("a) b")).isFalse();
        assertThat(TypedMarkers.heading("2 Leadership")).contains(new Typed(Kind.NUMBER, "2", "Leadership"));
        assertThat(TypedMarkers.heading("3.1 Strengths")).contains(new Typed(Kind.SECTION, "3.1", "Strengths"));
    }
}
