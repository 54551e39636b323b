package uk.councils.reviewtracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.councils.reviewtracker.letters.LetterExtraction.DetailedFinding;
import uk.councils.reviewtracker.letters.LetterExtraction.LineOfEnquiry;

/**
 * Scores the extraction of each shared seed document against its hand-checked ground truth: precision, recall and
 * F1 per list field, entries compared after whitespace normalisation. Prints the table; fails when a field the
 * document contains (a non-empty ground-truth list) scores below F1 0.9. Reads {@code ../shared} when it is there,
 * else the copies in {@code src/test/resources/letters}.
 */
class LetterExtractionEvaluationTest {

    private static final double PASS = 0.9;
    private static final Path SHARED = Path.of("..", "shared");
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY).build();

    @Test
    void everyFieldOfEverySeedScoresAtLeastNinetyPercentF1() {
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder("""

                | Seed                                 | Field                           | Truth | Found | Match |  P    |  R    |  F1   |
                |--------------------------------------|---------------------------------|-------|-------|-------|-------|-------|-------|
                """);
        StringBuilder particulars = new StringBuilder("\nParticulars (reported, not gated):\n");
        StringBuilder differences = new StringBuilder();
        for (String truthFile : truthFiles()) {
            LetterExtraction truth = JSON.readValue(read("ground-truth/" + truthFile), LetterExtraction.class);
            String seed = truth.sourceFile();
            LetterExtraction found = LetterExtractor.extract(read("seeds/" + seed), seed);
            for (ExtractionScore score : scores(truth, found)) {
                table.append(score.row(seed.replace(".txt", ""))).append('\n');
                if (score.truth() > 0 && score.f1() < PASS) {
                    failures.add(seed + " " + score.field() + " F1 " + score.f1());
                }
            }
            particulars.append(String.format("%s: organisation %s, letter date %s, review lead %s%n", seed,
                    same(truth.organisation(), found.organisation()),
                    same(truth.letterOrReportDate(), found.letterOrReportDate()),
                    same(truth.reviewerLead(), found.reviewerLead())));
            differences.append(differences(seed, truth, found));
        }
        System.out.println(table.append(particulars).append(differences));
        assertThat(failures).isEmpty();
    }

    static List<ExtractionScore> scores(LetterExtraction truth, LetterExtraction found) {
        return List.of(
                ExtractionScore.of("framework_themes", truth.frameworkThemes(), found.frameworkThemes(),
                        ExtractionScore::normalise),
                ExtractionScore.of("lines_of_enquiry", truth.linesOfEnquiry(), found.linesOfEnquiry(),
                        LetterExtractionEvaluationTest::key),
                ExtractionScore.of("summary_strengths", truth.summaryStrengths(), found.summaryStrengths(),
                        ExtractionScore::normalise),
                ExtractionScore.of("summary_areas_for_consideration", truth.summaryAreasForConsideration(),
                        found.summaryAreasForConsideration(), ExtractionScore::normalise),
                ExtractionScore.of("detailed_findings", truth.detailedFindings(), found.detailedFindings(),
                        LetterExtractionEvaluationTest::key),
                ExtractionScore.ofPriorities(truth.prioritiesOrRecommendations(),
                        found.prioritiesOrRecommendations()));
    }

    private static String key(LineOfEnquiry line) {
        return ExtractionScore.normalise(line.question()) + " | " + ExtractionScore.normalise(line.findingSummary());
    }

    private static String key(DetailedFinding finding) {
        return ExtractionScore.normalise(finding.theme()) + " | " + finding.kind() + " | "
                + ExtractionScore.normalise(finding.text());
    }

    private static String same(String truth, String found) {
        return Objects.equals(truth, found) ? "matches (" + found + ")" : "differs (" + found + " vs " + truth + ")";
    }

    /** What was missed and what was extra, for whoever improves the rules next. */
    private static String differences(String seed, LetterExtraction truth, LetterExtraction found) {
        StringBuilder out = new StringBuilder();
        out.append(ExtractionScore.differences(seed, "framework_themes",
                truth.frameworkThemes(), found.frameworkThemes(),
                ExtractionScore::normalise));
        out.append(ExtractionScore.differences(seed, "lines_of_enquiry", truth.linesOfEnquiry(), found.linesOfEnquiry(),
                LetterExtractionEvaluationTest::key));
        out.append(ExtractionScore.differences(seed, "summary_strengths",
                truth.summaryStrengths(), found.summaryStrengths(),
                ExtractionScore::normalise));
        out.append(ExtractionScore.differences(seed, "summary_areas",
                truth.summaryAreasForConsideration(), found.summaryAreasForConsideration(),
                ExtractionScore::normalise));
        out.append(ExtractionScore.differences(seed, "detailed_findings",
                truth.detailedFindings(), found.detailedFindings(),
                LetterExtractionEvaluationTest::key));
        out.append(ExtractionScore.differences(seed, "priorities",
                truth.prioritiesOrRecommendations(), found.prioritiesOrRecommendations(),
                priority -> ExtractionScore.normalise(priority.text())));
        return out.toString();
    }


    private static List<String> truthFiles() {
        Path shared = SHARED.resolve("ground-truth");
        if (Files.isDirectory(shared)) {
            try (Stream<Path> files = Files.list(shared)) {
                return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".json"))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.of("shropshire-2012-peer-review.json", "thurrock-2010-peer-review.json",
                "thurrock-2020-independent-review.json", "walsall-2012-peer-review.json");
    }

    private static String read(String path) {
        try {
            Path shared = SHARED.resolve(path);
            if (Files.isRegularFile(shared)) {
                return Files.readString(shared, StandardCharsets.UTF_8);
            }
            try (InputStream in = LetterExtractionEvaluationTest.class.getResourceAsStream("/letters/" + path)) {
                return new String(Objects.requireNonNull(in, path).readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
