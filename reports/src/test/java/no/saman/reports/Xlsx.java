package no.saman.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A rendered workbook read back with POI: each sheet's rows by their first cell. */
public record Xlsx(Map<String, Sheet> sheets) {

  public static Xlsx read(byte[] xlsx) throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    Map<String, Sheet> sheets = new LinkedHashMap<>();
    workbook.forEach(sheet -> sheets.put(sheet.getSheetName(), sheet));
    return new Xlsx(sheets);
  }

  public List<String> sheetNames() {
    return new ArrayList<>(sheets.keySet());
  }

  /**
   * The cell in the row whose first cell reads {@code rowLabel}, under the header {@code column}.
   */
  public Cell cell(String sheet, String rowLabel, String column) {
    Sheet table = sheets.get(sheet);
    if (table == null) {
      throw new AssertionError("No sheet '" + sheet + "' in " + sheets.keySet());
    }
    int columnIndex = columnIndex(table, column);
    for (Row row : table) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(rowLabel)) {
        return row.getCell(columnIndex);
      }
    }
    throw new AssertionError("No row '" + rowLabel + "' in sheet " + sheet);
  }

  /** The number in a cell, failing unless the cell is numeric. */
  public double number(String sheet, String rowLabel, String column) {
    Cell cell = cell(sheet, rowLabel, column);
    if (cell.getCellType() != CellType.NUMERIC) {
      throw new AssertionError(
          rowLabel + " / " + column + " is " + cell.getCellType() + ": " + cell, null);
    }
    return cell.getNumericCellValue();
  }

  /** What a spreadsheet shows in a cell, e.g. "58.51 %" for a number with its format. */
  public String shown(String sheet, String rowLabel, String column) {
    return new DataFormatter().formatCellValue(cell(sheet, rowLabel, column));
  }

  private static int columnIndex(Sheet sheet, String column) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING
            && cell.getStringCellValue().equals(column)
            && cell.getColumnIndex() > 0) {
          return cell.getColumnIndex();
        }
      }
    }
    throw new AssertionError("No column '" + column + "' in sheet " + sheet.getSheetName());
  }
}
