package uk.councils.reviewtracker.letters.document;

/**
 * Where a block came from and what the letter says there, as written. {@code first} and {@code last} count from 1:
 * lines of the file for a text letter, blocks of the document for Word and PDF (which have no lines of their own).
 */
public record Source(int first, int last, String text) {

    public Source to(Source later) {
        return new Source(first, later.last, text.isEmpty() ? later.text : text + "\n" + later.text);
    }
}
