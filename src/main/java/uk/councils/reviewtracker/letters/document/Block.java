package uk.councils.reviewtracker.letters.document;

import java.util.List;

/**
 * One block of a letter as its reader found it on the page: what it is (heading, paragraph, list item, table, page
 * break), never what it means. Text is normalised the way the ground-truth files are (no bullet glyphs, tags or bold
 * markers, whitespace collapsed); {@link Source} keeps what the letter says there as written.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.ListItem, Block.Table, Block.PageBreak {

    /** Where a block came from. */
    Source source();

    /** A heading; {@code level} 1 is the highest (a title or Heading 1), larger numbers lie under it. */
    record Heading(int level, String number, String text, Source source) implements Block {
    }

    /** A paragraph; {@code number} is a section number written before it ("2.1"), else null. */
    record Paragraph(String number, String text, Source source) implements Block {
    }

    /**
     * One item of a bulleted or numbered list; {@code level} 0 is the outermost list, {@code marker} the number as
     * written ("1", "R14", "2.3", "a") or null for a bullet.
     */
    record ListItem(int level, String marker, String text, Source source) implements Block {
    }

    /** A table: rows of cells, a merged cell given once where it starts (see {@link Cell#span()}). */
    record Table(List<Row> rows, Source source) implements Block {

        @Override
        public String text() {
            return String.join(" ", rows.stream().flatMap(row -> row.cells().stream()).map(Cell::text).toList());
        }
    }

    record Row(List<Cell> cells) {

        /** The text of the cell at {@code column}, or "" past the end of a short row. */
        public String text(int column) {
            return column < cells.size() ? cells.get(column).text() : "";
        }
    }

    /**
     * One cell: its paragraphs and list items. {@code span} is how many grid columns it covers (merged across);
     * a cell merged down from the row above is given again in each row it covers, with {@code mergedDown} true.
     */
    record Cell(List<Block> blocks, int span, boolean mergedDown) {

        public String text() {
            return String.join(" ", blocks.stream().map(Block::text).toList()).strip();
        }
    }

    /** Where the letter's pages break: text on either side may be one sentence. */
    record PageBreak(Source source) implements Block {

        @Override
        public String text() {
            return "";
        }
    }

    /** The block's own words, normalised; a table's cells joined by spaces, a page break none. */
    String text();
}
