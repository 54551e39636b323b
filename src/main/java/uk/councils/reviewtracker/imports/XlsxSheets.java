package uk.councils.reviewtracker.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sheets of an .xlsx file, read as a stream of XML (POI's event API) straight into text cells: no workbook
 * is built in memory, and reading stops as soon as the {@link SheetBudget} is spent. Cells read as the workbook
 * model reads them: dates as ISO dates or months, numbers as their format shows them, formulas by their last value.
 */
final class XlsxSheets {

    private final SheetBudget budget;
    private final DataFormatter formatter = new DataFormatter(Locale.UK);
    private SharedStrings strings;
    private StylesTable styles;
    private boolean date1904;

    private XlsxSheets(SheetBudget budget) {
        this.budget = budget;
    }

    static List<RawSheet> read(OPCPackage workbook, SheetBudget budget)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        return new XlsxSheets(budget).sheets(workbook);
    }

    private List<RawSheet> sheets(OPCPackage workbook)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(workbook, true);
        date1904 = date1904(reader);
        styles = reader.getStylesTable();
        BudgetedStrings shared = new BudgetedStrings(workbook);
        budget.characters(shared.characters);
        strings = shared;
        List<RawSheet> sheets = new ArrayList<>();
        XSSFReader.SheetIterator each = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (each.hasNext()) {
            try (InputStream xml = each.next()) {
                SheetCells cells = new SheetCells(each.getSheetName(), budget);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(cells));
                parser.parse(new InputSource(xml));
                sheets.add(cells.sheet());
            }
        }
        return sheets;
    }

    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException {
        try (InputStream xml = reader.getWorkbookData()) {
            CTWorkbook workbook = WorkbookDocument.Factory.parse(xml, POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
                    .getWorkbook();
            return workbook.isSetWorkbookPr() && workbook.getWorkbookPr().getDate1904();
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IOException(e);
        }
    }

    /** A number as its format shows it; a date as a day or a month. */
    private String number(double value, String styleIndex) {
        XSSFCellStyle style = styles == null || styles.getNumCellStyles() == 0 ? null
                : styles.getStyleAt(styleIndex == null ? 0 : Integer.parseInt(styleIndex));
        int format = style == null ? 0 : style.getDataFormat();
        String pattern = style == null ? BuiltinFormats.getBuiltinFormat(0) : style.getDataFormatString();
        if (DateUtil.isValidExcelDate(value) && DateUtil.isADateFormat(format, pattern)) {
            return SheetCells.date(DateUtil.getLocalDateTime(value, date1904), pattern);
        }
        return formatter.formatRawCellContents(value, format, pattern);
    }

    /** The shared strings, their characters counted against the budget as they are read. */
    private static final class BudgetedStrings extends ReadOnlySharedStringsTable {

        /** Counted while the superclass constructor reads the table, so it has no initialiser. */
        private long characters;

        BudgetedStrings(OPCPackage workbook) throws IOException, SAXException {
            super(workbook, false);
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes)
                throws SAXException {
            count(1);
            super.startElement(uri, localName, name, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            count(length);
            super.characters(ch, start, length);
        }

        private void count(int length) {
            characters += length;
            if (characters > SheetBudget.MAX_CHARACTERS) {
                throw new ImportException("import.file.tooMuchText", SheetBudget.MAX_CHARACTERS);
            }
        }
    }

    /** One sheet's XML: its rows, their cells and the sheet's merged cells. */
    private final class SheetHandler extends DefaultHandler {

        private final SheetCells cells;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private int row = -1;
        private int column;
        private String type;
        private String style;
        private boolean hasValue;
        private boolean hasFormula;
        private boolean inValue;
        private boolean inInline;
        private int phonetic;

        SheetHandler(SheetCells cells) {
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    column = 0;
                    cells.row(row);
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column : new CellReference(r).getCol();
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                    inline.setLength(0);
                    hasValue = false;
                    hasFormula = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "f" -> hasFormula = true;
                case "t" -> inInline = phonetic == 0;
                case "rPh" -> phonetic++;
                case "mergeCell" -> cells.merge(CellRangeAddress.valueOf(attributes.getValue("ref")));
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInline = false;
                case "rPh" -> phonetic--;
                case "c" -> {
                    cells.cell(row, column, text());
                    column++;
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInline) {
                budget.characters(length);
                (inValue ? value : inline).append(ch, start, length);
            }
        }

        /** The cell as the plan's author sees it, read as the workbook model reads it. */
        private String text() {
            String v = value.toString();
            if (type == null || "n".equals(type)) {
                return hasValue ? number(Double.parseDouble(v.strip()), style) : hasFormula ? number(0, style) : "";
            }
            return switch (type) {
                case "s" -> hasValue ? SheetCells.printable(strings.getItemAt(Integer.parseInt(v.strip())).getString())
                        : "";
                case "inlineStr" -> SheetCells.printable(inline.toString());
                case "str" -> SheetCells.printable(v);
                case "b" -> String.valueOf("1".equals(v.strip()));
                default -> "";
            };
        }
    }
}
