package uk.councils.reviewtracker.letters.document;

import java.util.List;

/**
 * A letter as its reader built it, whatever its format: its blocks in reading order, and its lines (each paragraph,
 * list item or table row on a line of its own; a text file's own lines) for the particulars that stand on lines of
 * their own: the date, "Dear ...", the signatory.
 */
public record LetterDocument(List<Block> blocks, String lines) {

    public LetterDocument {
        blocks = List.copyOf(blocks);
    }
}
