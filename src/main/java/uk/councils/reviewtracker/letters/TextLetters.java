package uk.councils.reviewtracker.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import uk.councils.reviewtracker.letters.LetterCleaner.Line;
import uk.councils.reviewtracker.letters.LetterLayout.Type;
import uk.councils.reviewtracker.letters.document.Block;
import uk.councils.reviewtracker.letters.document.Block.Cell;
import uk.councils.reviewtracker.letters.document.Block.Heading;
import uk.councils.reviewtracker.letters.document.Block.ListItem;
import uk.councils.reviewtracker.letters.document.Block.Paragraph;
import uk.councils.reviewtracker.letters.document.Block.Row;
import uk.councils.reviewtracker.letters.document.Block.Table;
import uk.councils.reviewtracker.letters.document.LetterDocument;
import uk.councils.reviewtracker.letters.document.Source;

/**
 * Builds the document of a plain text letter, as a PDF extractor or "save as text" leaves it: {@link TextPages}
 * undoes what the extractor made of the page layout, the {@link LetterCleaner} removes the extraction's noise, the {@link LetterLayout} finds headings, paragraphs, items
 * and tab-separated rows; consecutive rows are one table. Sources count the file's lines.
 */
final class TextLetters {

    private TextLetters() {
    }

    static LetterDocument read(String text) {
        List<Line> lines = LetterCleaner.lines(TextPages.undone(text), true);
        List<Block> blocks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Source tableSource = null;
        for (LetterLayout.Block block : LetterLayout.blocks(lines)) {
            Source source = source(lines, block.firstLine(), block.lastLine());
            if (block.fromTable()) {
                rows.add(row(block, source));
                tableSource = tableSource == null ? source : tableSource.to(source);
                continue;
            }
            if (!rows.isEmpty()) {
                blocks.add(new Table(List.copyOf(rows), tableSource));
                rows.clear();
                tableSource = null;
            }
            blocks.add(switch (block.type()) {
                case HEADING -> new Heading(block.ref() != null && block.ref().contains(".") ? 2 : 1, block.ref(),
                        block.text(), source);
                case PARAGRAPH -> new Paragraph(block.ref(), block.text(), source);
                default -> new ListItem(lines.get(block.firstLine() - 1).indent() > 0 ? 1 : 0, block.ref(),
                        block.text(), source);
            });
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(List.copyOf(rows), tableSource));
        }
        return new LetterDocument(blocks, text);
    }

    /** A row as the layout found it: "theme, tab, text", "number, tab, text", or a cell carried on. */
    private static Row row(LetterLayout.Block block, Source source) {
        if (block.cells() != null) {
            return new Row(block.cells().stream().map(cell -> cell(cell, source)).toList());
        }
        if (block.type() == Type.ROW) {
            return new Row(List.of(one(new Paragraph(null, block.rowHeading(), source)),
                    one(new Paragraph(null, block.text(), source))));
        }
        if (block.fragment()) {
            return new Row(List.of(new Cell(List.of(), 1, false), one(new ListItem(0, null, block.text(), source))));
        }
        return new Row(List.of(one(new Paragraph(null, block.ref(), source)),
                one(new Paragraph(null, block.text(), source))));
    }

    private static Cell one(Block block) {
        return new Cell(List.of(block), 1, false);
    }

    /** A cell of a PDF's text: its pieces after each item or paragraph mark, a bulleted piece an item. */
    private static Cell cell(String written, Source source) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean item = false;
        for (int i = 0; i <= written.length(); i++) {
            char c = i < written.length() ? written.charAt(i) : LetterCleaner.PARAGRAPH_MARK;
            if (c == LetterCleaner.ITEM_MARK || c == LetterCleaner.PARAGRAPH_MARK) {
                add(blocks, piece.toString(), item, source);
                piece.setLength(0);
                item = c == LetterCleaner.ITEM_MARK;
            } else {
                piece.append(c);
            }
        }
        return new Cell(blocks, 1, false);
    }

    private static void add(List<Block> blocks, String piece, boolean item, Source source) {
        String clean = piece.strip();
        Matcher bullet = LetterCleaner.BULLET.matcher(clean);
        boolean bulleted = bullet.lookingAt();
        String text = LetterCleaner.normalise(bulleted ? clean.substring(bullet.end()) : clean);
        if (!text.isEmpty()) {
            blocks.add(item || bulleted ? new ListItem(0, null, text, source) : new Paragraph(null, text, source));
        }
    }

    /** The lines a block was read from, as written, for the draft page to show beside what was read. */
    private static Source source(List<Line> lines, int first, int last) {
        StringBuilder text = new StringBuilder();
        for (int number = first; number <= last; number++) {
            String line = LetterCleaner.unmarked(lines.get(number - 1).text()).strip();
            if (!line.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(line.replaceAll("[\t ]+", " "));
            }
        }
        return new Source(first, last, text.toString());
    }
}
