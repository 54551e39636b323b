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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
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
import uk.councils.reviewtracker.common.OfficePackages;

/**
 * Reads an uploaded plan (XLSX, XLS or CSV, told apart by their bytes, not their names) into text cells,
 * refusing what would hurt the server: zip bombs ({@link OfficePackages}), files over the {@link SheetBudget} of
 * cells and text, sheets with too many rows or columns, encrypted or corrupt files. An .xlsx is read as a stream
 * ({@link XlsxSheets}); an .xls has its cells counted ({@link XlsCellCount}) before its workbook is built.
 */
@Component
class SheetReader {

    List<RawSheet> read(byte[] content) {
        if (content.length == 0) {
            throw new ImportException("import.file.empty");
        }
        SheetBudget budget = new SheetBudget();
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(new ByteArrayInputStream(content)))) {
            FileMagic magic = FileMagic.valueOf(in);
            return switch (magic) {
                case OOXML -> xlsx(content, budget);
                case OLE2 -> xls(content, budget);
                case PDF -> throw new ImportException("import.file.notSpreadsheet");
                default -> csv(content, budget);
            };
        } catch (IOException e) {
            throw new ImportException("import.file.unreadable", e);
        }
    }

    private static List<RawSheet> xlsx(byte[] content, SheetBudget budget) {
        try (OPCPackage workbook = OfficePackages.open(content)) {
            return XlsxSheets.read(workbook, budget);
        } catch (ImportException e) {
            throw e;
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    /** An .xls workbook, or an encrypted .xlsx (which is kept in the same container). */
    private static List<RawSheet> xls(byte[] content, SheetBudget budget) {
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (container.getRoot().hasEntry("EncryptedPackage")) {
                throw new ImportException("import.file.encrypted");
            }
            XlsCellCount.spend(container, budget);
            try (Workbook workbook = WorkbookFactory.create(container)) {
                List<RawSheet> sheets = new ArrayList<>();
                for (Sheet sheet : workbook) {
                    sheets.add(sheet(sheet, budget));
                }
                return sheets;
            }
        } catch (EncryptedDocumentException e) {
            throw new ImportException("import.file.encrypted", e);
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refusal(e);
        }
    }

    private static ImportException refusal(Exception e) {
        return new ImportException(OfficePackages.unpacksTooLarge(e) ? "import.file.unpacksTooLarge"
                : "import.file.corrupt", e);
    }

    private static RawSheet sheet(Sheet sheet, SheetBudget budget) {
        SheetCells cells = new SheetCells(sheet.getSheetName(), budget);
        DataFormatter formatter = new DataFormatter(Locale.UK);
        for (Row row : sheet) {
            cells.row(row.getRowNum());
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.cell(row.getRowNum(), c, text(row.getCell(c), formatter));
            }
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            cells.merge(merged);
        }
        return cells.sheet();
    }

    /** A cell as the plan's author sees it; dates as ISO dates; formulas by their last value, never run. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? SheetCells.date(cell.getLocalDateTimeCellValue(), cell.getCellStyle().getDataFormatString())
                    : formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString());
            case STRING -> SheetCells.printable(cell.getRichStringCellValue().getString());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static List<RawSheet> csv(byte[] content, SheetBudget budget) {
        String text = decode(content);
        if (text.indexOf('\0') >= 0) {
            throw new ImportException("import.file.notSpreadsheet");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        SheetCells cells = new SheetCells("CSV", budget);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int row = 0;
            for (CSVRecord record : parser) {
                cells.row(row);
                for (int c = 0; c < record.size(); c++) {
                    cells.cell(row, c, SheetCells.printable(record.get(c)));
                }
                row++;
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportException("import.file.corrupt", e);
        }
        return List.of(cells.sheet());
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
