package uk.councils.reviewtracker.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The letter evaluation corpus ({@code src/test/resources/letters/corpus}): its manifest {@code corpus.tsv}, one
 * row per document, and the rule that fixes each document's split. A document named {@code seed:NAME} is one of
 * the shared seed documents, its answer {@code seed:NAME} a shared ground-truth file; both are read from
 * {@code ../shared} when it is there, else from the copies in {@code src/test/resources/letters}.
 */
final class LetterCorpus {

    static final String DEVELOPMENT = "development";
    static final String HELD_OUT = "held-out";
    static final String NEW = "new";

    private static final String ROOT = "/letters/corpus/";
    private static final String SEED = "seed:";
    private static final Path SHARED = Path.of("..", "shared");

    /** One row of the manifest. {@code unscored}: particulars whose answer is a description, not a value. */
    record Document(String file, String format, String letter, String origin, String split, String answer,
                    Set<String> unscored, List<String> features) {

        boolean development() {
            return DEVELOPMENT.equals(split);
        }

        String name() {
            return file.startsWith(SEED) ? file.substring(SEED.length()) : file;
        }

        byte[] bytes() {
            return file.startsWith(SEED) ? shared("seeds", name()) : resource("documents/" + file);
        }

        String answerText() {
            return new String(answer.startsWith(SEED) ? shared("ground-truth", answer.substring(SEED.length()))
                    : resource("answers/" + answer), StandardCharsets.UTF_8);
        }
    }

    private LetterCorpus() {
    }

    /**
     * The split a letter belongs to, fixed before anyone tuned on it: the seeds and every rewrite of a seed are
     * development (the reader was already tuned on them); a new letter is development when the CRC32 of its id is
     * even, held-out when it is odd. A split is by letter, so every format of one letter lands on the same side.
     */
    static String splitOf(String letter, String origin) {
        if (!NEW.equals(origin)) {
            return DEVELOPMENT;
        }
        CRC32 crc = new CRC32();
        crc.update(letter.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0 ? DEVELOPMENT : HELD_OUT;
    }

    static List<Document> documents() {
        String manifest = new String(resource("corpus.tsv"), StandardCharsets.UTF_8);
        return manifest.lines().skip(1).filter(line -> !line.isBlank()).map(LetterCorpus::document).toList();
    }

    private static Document document(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 8) {
            throw new IllegalStateException("corpus.tsv row needs 8 cells: " + line);
        }
        return new Document(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], listed(cells[6]),
                cells[7].isBlank() ? List.of() : List.of(cells[7].split(";")));
    }

    private static Set<String> listed(String cell) {
        return cell.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(cell.split(",")));
    }

    private static byte[] shared(String folder, String name) {
        Path path = SHARED.resolve(folder).resolve(name);
        try {
            if (Files.isRegularFile(path)) {
                return Files.readAllBytes(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classpath("/letters/" + folder + "/" + name);
    }

    private static byte[] resource(String name) {
        return classpath(ROOT + name);
    }

    private static byte[] classpath(String name) {
        try (InputStream in = LetterCorpus.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, () -> "no corpus file " + name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
