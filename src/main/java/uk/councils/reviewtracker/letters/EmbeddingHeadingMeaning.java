package uk.councils.reviewtracker.letters;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a heading's kind by how close its meaning is to example headings of each kind, with all-MiniLM-L6-v2: a
 * sentence-embedding model that ships inside its jar and runs in the server's own process, so nothing in a letter
 * leaves the server. A heading takes the kind of the example closest to it when that example is close enough and
 * clearly closer than any example of another kind. Examples of headings that open none of these sections (a
 * theme's name, "Background") keep a theme heading from being taken for one.
 */
final class EmbeddingHeadingMeaning implements HeadingMeaning {

    /** Cosine similarity a heading must reach with an example of its kind. */
    static final double CLOSE_ENOUGH = 0.75;
    /** By how much the closest kind must beat every other kind, and headings that open no section. */
    static final double CLEARLY_CLOSER = 0.15;
    /** Longer headings are sentences or theme names, not a section's kind. */
    private static final int MOST_WORDS = 8;
    /** "3.1", "2.", "(a)", "Appendix 1:" before the heading's words. */
    private static final Pattern NUMBERING = Pattern.compile("^(?:(?:appendix|annex|section|part)\\s+\\w{1,3}"
            + "\\s*[:.–—-]?\\s*|\\(?(?:\\d{1,2}(?:\\.\\d{1,2})*[.)]?|[a-h][.)]|[ivx]{1,4}[.)])\\s+)",
            Pattern.CASE_INSENSITIVE);

    private static final Map<SectionKind, List<String>> EXAMPLES = Map.of(
            SectionKind.STRENGTHS, List.of("Strengths", "What is working well", "What works well",
                    "Things that are going well", "Positive practice", "Good practice we saw", "Areas of strength",
                    "What the council does well", "Notable practice", "Where practice is effective"),
            SectionKind.AREAS_FOR_CONSIDERATION, List.of("Areas for consideration", "Areas for improvement",
                    "Areas for development", "What could be better", "Things to consider", "Challenges",
                    "Where practice needs to improve", "Concerns", "Issues to address", "Room for improvement",
                    "Opportunities for improvement", "Gaps and weaknesses"),
            SectionKind.RECOMMENDATIONS, List.of("Recommendations", "Our recommendations",
                    "Priorities for improvement", "Suggested actions", "What the council should do next",
                    "Proposals for action", "Key priorities", "Actions we recommend"),
            SectionKind.LINES_OF_ENQUIRY, List.of("Lines of enquiry", "The questions we were asked",
                    "Scope of the review", "What the council asked us to look at", "Focus of the peer review",
                    "Questions for the review", "Terms of reference"),
            SectionKind.THEMES, List.of("Themes", "The review framework", "Signposts", "Key themes",
                    "Areas the review covered"));
    private static final List<String> NO_SECTION = List.of("Introduction", "Background", "Context", "Summary",
            "Executive summary", "Overview", "Conclusion", "Methodology", "The peer review team", "Contact details",
            "Appendix", "Foreword", "Acknowledgements", "Purpose of the report", "Financial implications",
            "Legal implications", "Equality implications", "Data and performance", "Budget", "Attendance",
            "Leadership, governance and partnerships", "Vision, strategy and leadership", "Effective practice",
            "Early help", "Children in care", "Workforce", "Capacity and managing resources",
            "Performance management and quality assurance", "Working together", "Outcomes for children",
            "The front door", "Child protection", "Care leavers", "Governance", "Partnership working");

    private final EmbeddingModel model;
    private final List<Example> examples = new ArrayList<>();

    EmbeddingHeadingMeaning(EmbeddingModel model) {
        this.model = model;
        EXAMPLES.forEach((kind, headings) -> headings.forEach(heading ->
                examples.add(new Example(Optional.of(kind), vector(heading)))));
        NO_SECTION.forEach(heading -> examples.add(new Example(Optional.empty(), vector(heading))));
    }

    /** Loads the model from its jar (seconds, once), run on the caller's thread. */
    static EmbeddingHeadingMeaning load() {
        return new EmbeddingHeadingMeaning(new AllMiniLmL6V2EmbeddingModel(Runnable::run));
    }

    @Override
    public Optional<SectionKind> kindOf(String heading) {
        return judge(heading).kind();
    }

    /** The kind closest to a heading (none for a long one), how close, and by how much it beats the rest. */
    Judgement judge(String heading) {
        String text = NUMBERING.matcher(heading.strip()).replaceFirst("").replaceAll("[\\s:.?\\-–]+$", "");
        if (text.isBlank() || LetterLayout.words(text) > MOST_WORDS) {
            return new Judgement(Optional.empty(), 0, 0);
        }
        float[] meaning = vector(text);
        Map<SectionKind, Double> closest = new EnumMap<>(SectionKind.class);
        double noSection = -1;
        for (Example example : examples) {
            double similarity = dot(meaning, example.vector());
            if (example.kind().isEmpty()) {
                noSection = Math.max(noSection, similarity);
            } else {
                closest.merge(example.kind().get(), similarity, Math::max);
            }
        }
        SectionKind best = closest.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double runnerUp = noSection;
        for (Map.Entry<SectionKind, Double> entry : closest.entrySet()) {
            if (entry.getKey() != best) {
                runnerUp = Math.max(runnerUp, entry.getValue());
            }
        }
        return new Judgement(Optional.of(best), closest.get(best), closest.get(best) - runnerUp);
    }

    record Judgement(Optional<SectionKind> closest, double similarity, double margin) {

        /** The closest kind, where it is close enough and clearly closer than the rest. */
        Optional<SectionKind> kind() {
            return similarity >= CLOSE_ENOUGH && margin >= CLEARLY_CLOSER ? closest : Optional.empty();
        }
    }

    private float[] vector(String text) {
        Embedding embedding = model.embed(text).content();
        embedding.normalize();
        return embedding.vector();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private record Example(Optional<SectionKind> kind, float[] vector) {
    }
}
