package uk.councils.reviewtracker.imports;

import java.io.IOException;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Counts the cells and the text of an old .xls workbook from its records (POI's event API), before the workbook
 * model is built: a file within the upload size can hold more than a million cells, which that model cannot hold
 * in a small server's memory.
 */
final class XlsCellCount {

    private XlsCellCount() {
    }

    /** Spends the workbook's cells and characters from the budget, refusing it as soon as they run out. */
    static void spend(POIFSFileSystem workbook, SheetBudget budget) throws IOException {
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(record -> count(record, budget));
        new HSSFEventFactory().processWorkbookEvents(request, workbook);
    }

    private static void count(Record record, SheetBudget budget) {
        if (record instanceof MulRKRecord cells) {
            budget.cells(cells.getNumColumns());
        } else if (record instanceof MulBlankRecord cells) {
            budget.cells(cells.getNumColumns());
        } else if (record instanceof CellValueRecordInterface) {
            budget.cells(1);
        } else if (record instanceof MergeCellsRecord merges) {
            budget.cells(merges.getNumAreas());
        } else if (record instanceof SSTRecord strings) {
            for (int i = 0; i < strings.getNumUniqueStrings(); i++) {
                budget.characters(1L + strings.getString(i).getString().length());
            }
        }
    }
}
