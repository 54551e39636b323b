package uk.councils.reviewtracker.imports;

/**
 * How much one uploaded plan may hold, counted while it is read so that nothing larger is ever built in memory.
 * The biggest real plans have about 2,000 rows of 15 columns (30,000 cells); {@link #MAX_CELLS} leaves room for
 * more than six of them, and a plan of that size reads in well under a second and a few tens of megabytes. The
 * row and column limits alone would let through 2,000,000 cells, enough to exhaust a 512 MB server.
 */
final class SheetBudget {

    /** Cells present (row by row, up to the last cell of each row), over all the sheets of a file. */
    static final int MAX_CELLS = 200_000;
    /** Characters of text in the file's strings: some 10 MB of text, ten times that of a big real plan. */
    static final int MAX_CHARACTERS = 10_000_000;

    private long cells;
    private long characters;

    void cells(long count) {
        cells += count;
        if (cells > MAX_CELLS) {
            throw new ImportException("import.file.tooManyCells", MAX_CELLS);
        }
    }

    void characters(long count) {
        characters += count;
        if (characters > MAX_CHARACTERS) {
            throw new ImportException("import.file.tooMuchText", MAX_CHARACTERS);
        }
    }
}
