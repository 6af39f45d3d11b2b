package no.saman.reports.jasper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.saman.reports.table.Cell;
import no.saman.reports.table.HeatColours;
import no.saman.reports.table.ReportTable;

/**
 * Feeds a {@link ReportTable} to the matrix sub-template (a crosstab), one record per cell, so the
 * PDF prints the very cells the XLSX and CSV hold, with their heat and emphasis.
 */
public final class MatrixData {

  private MatrixData() {}

  /**
   * The crosstab's records.
   *
   * @param hiddenColumns ids of columns the spreadsheet has but the PDF leaves out
   * @param markedColumn id of a column whose strong cells get {@code marker} appended, or null
   */
  public static List<Map<String, ?>> of(
      ReportTable table, Set<String> hiddenColumns, String markedColumn, String marker) {
    List<Map<String, ?>> cells = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      ReportTable.Row row = table.rows().get(r);
      MatrixKey rowKey = new MatrixKey(r, row.label(), row.strong());
      for (int c = 0; c < table.columns().size(); c++) {
        ReportTable.Column column = table.columns().get(c);
        if (hiddenColumns.contains(column.id())) {
          continue;
        }
        Cell cell = row.cells().get(c);
        boolean marked = column.id().equals(markedColumn) && cell.strong();
        Map<String, Object> record = new HashMap<>();
        record.put("row", rowKey);
        record.put("column", new MatrixKey(c, column.shortLabel(), false));
        record.put("text", marked ? cell.text() + marker : cell.text());
        record.put("colour", cell.heat() == null ? "#FFFFFF" : HeatColours.hex(cell.heat()));
        record.put(
            "muted", cell.kind() == Cell.Kind.SUPPRESSED || cell.kind() == Cell.Kind.MISSING);
        record.put("strong", cell.strong() || row.strong());
        cells.add(record);
      }
    }
    return cells;
  }

  /** All columns, no marker. */
  public static List<Map<String, ?>> of(ReportTable table) {
    return of(table, Set.of(), null, "");
  }
}
