package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.councils.reviewtracker.letters.LetterCorpus.Document;

/**
 * The sentence-embedding experiment of issue 12: the corpus read by the rules alone and by the rules with
 * {@link EmbeddingHeadingMeaning} as their fallback, both tables for both splits, and what the model costs (load
 * time, memory, time per letter). Headings the model was asked about are printed for development documents only.
 * It loads a 90 MB model and reads the corpus twice, one document at a time, so it runs only when asked:
 * {@code ./mvnw test -Dtest=HeadingMeaningEvaluationTest -Dletters.meaning.evaluation=true}.
 */
@EnabledIfSystemProperty(named = "letters.meaning.evaluation", matches = "true")
class HeadingMeaningEvaluationTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY).build();
    private static final List<String> SPLITS = List.of(LetterCorpus.DEVELOPMENT, LetterCorpus.HELD_OUT);

    @Test
    void printsRulesAloneAndRulesWithMeaningOnBothSplitsWithTheModelsCost() throws Exception {
        List<Document> corpus = LetterCorpus.documents();
        long residentBefore = residentKilobytes();
        long heapBefore = usedHeap();
        long loading = System.nanoTime();
        EmbeddingHeadingMeaning model = EmbeddingHeadingMeaning.load();
        long loadMillis = (System.nanoTime() - loading) / 1_000_000;
        long heapAfter = usedHeap();
        long residentAfter = residentKilobytes();

        Map<String, Map<String, Map<String, ExtractionScore>>> rules = new TreeMap<>();
        Map<String, Map<String, Map<String, ExtractionScore>>> withMeaning = new TreeMap<>();
        List<Long> rulesMillis = new ArrayList<>();
        List<Long> meaningMillis = new ArrayList<>();
        List<Integer> asked = new ArrayList<>();
        Map<String, Integer> taken = new TreeMap<>();
        StringBuilder headings = new StringBuilder("\nHeadings the model was asked about, development documents only"
                + " (closest kind, similarity, margin; * = taken)\n");
        StringBuilder changed = new StringBuilder("\nF1 changed by the model, development documents only\n");
        for (Document document : corpus) {
            LetterExtraction truth = JSON.readValue(document.answerText(), LetterExtraction.class);
            byte[] bytes = document.bytes();
            long start = System.nanoTime();
            LetterExtraction alone = LetterExtractor.extract(document.name(), bytes, HeadingMeaning.NONE);
            rulesMillis.add((System.nanoTime() - start) / 1_000_000);
            Map<String, EmbeddingHeadingMeaning.Judgement> judged = new LinkedHashMap<>();
            HeadingMeaning recording = heading -> {
                EmbeddingHeadingMeaning.Judgement judgement = model.judge(heading);
                judged.put(heading, judgement);
                return judgement.kind();
            };
            start = System.nanoTime();
            LetterExtraction helped = LetterExtractor.extract(document.name(), bytes, recording);
            meaningMillis.add((System.nanoTime() - start) / 1_000_000);
            asked.add(judged.size());
            taken.merge(document.split(), (int) judged.values().stream().filter(j -> j.kind().isPresent()).count(),
                    Integer::sum);
            Map<String, ExtractionScore> before = LetterCorpusEvaluationTest.scores(document, truth, alone);
            Map<String, ExtractionScore> after = LetterCorpusEvaluationTest.scores(document, truth, helped);
            before.values().forEach(score -> add(rules, document, score));
            after.values().forEach(score -> add(withMeaning, document, score));
            if (document.development()) {
                judged.forEach((heading, judgement) -> headings.append(String.format(Locale.UK,
                        "  %-50s %-24s %.3f %.3f %s  | %s%n", ExtractionScore.shorten(heading, 50),
                        judgement.closest().map(Enum::name).orElse("-"), judgement.similarity(),
                        judgement.margin(), judgement.kind().isPresent() ? "*" : " ",
                        ExtractionScore.shorten(document.name(), 40))));
                before.forEach((field, score) -> {
                    if (Math.abs(score.f1() - after.get(field).f1()) > 1e-9) {
                        changed.append(String.format(Locale.UK, "  %-62s %-32s %.2f -> %.2f%n",
                                document.name(), field, score.f1(), after.get(field).f1()));
                    }
                });
            }
        }

        StringBuilder out = new StringBuilder();
        for (String split : SPLITS) {
            out.append("\nrules only:").append(LetterCorpusEvaluationTest.table(corpus, split,
                    rules.getOrDefault(split, Map.of())));
            out.append("\nrules + meaning:").append(LetterCorpusEvaluationTest.table(corpus, split,
                    withMeaning.getOrDefault(split, Map.of())));
        }
        out.append(String.format(Locale.UK, "%nCost of the model: loaded in %d ms; heap %+d MB, resident memory "
                        + "%+d MB after loading; per letter (median of %d): rules only %d ms, rules + meaning %d ms, "
                        + "%d headings asked (max %d)%n", loadMillis, (heapAfter - heapBefore) / 1_048_576,
                (residentAfter - residentBefore) / 1024, corpus.size(), median(rulesMillis), median(meaningMillis),
                median(asked.stream().map(Long::valueOf).toList()), asked.stream().mapToInt(i -> i).max().orElse(0)));
        out.append("Headings whose kind the model gave, per split (a count, no contents): ").append(taken).append('\n');
        System.out.println(out.append(headings).append(changed));
        assertThat(rules).isNotEmpty();
    }

    private static void add(Map<String, Map<String, Map<String, ExtractionScore>>> totals, Document document,
                            ExtractionScore score) {
        LetterCorpusEvaluationTest.add(totals, document.split(), document.format(), score);
        LetterCorpusEvaluationTest.add(totals, document.split(), "all", score);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** VmRSS of this JVM: the model's weights live in the ONNX runtime's native memory, not on the heap. */
    private static long residentKilobytes() throws IOException {
        Optional<String> line = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS:")).findFirst();
        return line.map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
    }
}
