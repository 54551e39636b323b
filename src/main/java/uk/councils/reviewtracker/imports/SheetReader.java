package uk.councils.reviewtracker.imports;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded plan (XLSX, XLS or CSV, told apart by their bytes, not their names) into text cells,
 * refusing what would hurt the server: zip bombs (POI's inflation ratio check and an entry size cap), sheets
 * with too many rows or columns, encrypted or corrupt files.
 */
@Component
class SheetReader {

    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 100;
    private static final long MAX_UNZIPPED_ENTRY = 40L * 1024 * 1024;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_UNZIPPED_ENTRY);
    }

    List<RawSheet> read(byte[] content) {
        if (content.length == 0) {
            throw new ImportException("import.file.empty");
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(new ByteArrayInputStream(content)))) {
            FileMagic magic = FileMagic.valueOf(in);
            return switch (magic) {
                case OOXML, OLE2 -> workbook(content);
                case PDF -> throw new ImportException("import.file.notSpreadsheet");
                default -> csv(content);
            };
        } catch (IOException e) {
            throw new ImportException("import.file.unreadable", e);
        }
    }

    private List<RawSheet> workbook(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            List<RawSheet> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                sheets.add(sheet(sheet));
            }
            return sheets;
        } catch (EncryptedDocumentException e) {
            throw new ImportException("import.file.encrypted", e);
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(e.getMessage() != null && e.getMessage().contains("Zip bomb")
                    ? "import.file.tooBig" : "import.file.corrupt", e);
        }
    }

    private static RawSheet sheet(Sheet sheet) {
        if (sheet.getLastRowNum() >= MAX_ROWS) {
            throw new ImportException("import.file.tooManyRows", sheet.getSheetName(), MAX_ROWS);
        }
        DataFormatter formatter = new DataFormatter(Locale.UK);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null && row.getLastCellNum() > 0) {
                if (row.getLastCellNum() > MAX_COLUMNS) {
                    throw new ImportException("import.file.tooManyColumns", sheet.getSheetName(), MAX_COLUMNS);
                }
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
            }
            rows.add(cells);
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            fill(rows, merged);
        }
        return new RawSheet(sheet.getSheetName(), rows);
    }

    /**
     * A merge is read by its shape. Across columns it is one value for its row, kept in its first cell only: a
     * recommendation's text merged across the action columns is not an action, a lead and a date. Down rows it
     * belongs to every row it covers: a recommendation merged down the rows of its actions.
     */
    private static void fill(List<List<String>> rows, CellRangeAddress merged) {
        if (merged.getFirstRow() >= rows.size() || merged.getFirstColumn() >= MAX_COLUMNS) {
            return;
        }
        List<String> first = rows.get(merged.getFirstRow());
        String value = merged.getFirstColumn() < first.size() ? first.get(merged.getFirstColumn()) : "";
        for (int r = merged.getFirstRow(); r <= Math.min(merged.getLastRow(), rows.size() - 1); r++) {
            List<String> cells = rows.get(r);
            for (int c = merged.getFirstColumn(); c <= Math.min(merged.getLastColumn(), MAX_COLUMNS - 1); c++) {
                while (cells.size() <= c) {
                    cells.add("");
                }
                cells.set(c, c == merged.getFirstColumn() ? value : "");
            }
        }
    }

    /** A cell as the plan's author sees it; dates as ISO dates; formulas by their last value, never run. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell)
                    : formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString());
            case STRING -> printable(cell.getRichStringCellValue().getString());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /**
     * A date cell as a day, or as a month when its format shows no day ("mmm-yy", "mmmm yyyy"): the plan's
     * author chose to say "March 2013", not "1 March 2013".
     */
    private static String date(Cell cell) {
        LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
        String format = cell.getCellStyle().getDataFormatString();
        boolean showsDay = format == null || format.replaceAll("\\[[^]]*]|\"[^\"]*\"", "").toLowerCase(Locale.UK)
                .contains("d");
        return showsDay ? date.format(ISO) : YearMonth.from(date).format(MONTH);
    }

    /** The text without control characters other than line breaks and tabs: the database refuses some of them. */
    private static String printable(String text) {
        return CONTROL.matcher(text).replaceAll("").strip();
    }

    private static List<RawSheet> csv(byte[] content) {
        String text = decode(content);
        if (text.indexOf('\0') >= 0) {
            throw new ImportException("import.file.notSpreadsheet");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new ImportException("import.file.tooManyRows", "CSV", MAX_ROWS);
                }
                if (record.size() > MAX_COLUMNS) {
                    throw new ImportException("import.file.tooManyColumns", "CSV", MAX_COLUMNS);
                }
                List<String> cells = new ArrayList<>();
                record.forEach(value -> cells.add(printable(value)));
                rows.add(cells);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportException("import.file.corrupt", e);
        }
        return List.of(new RawSheet("CSV", rows));
    }

    /** UTF-8 (with or without a byte order mark), else Windows-1252 as Excel saves CSV on UK Windows. */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static char delimiter(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
