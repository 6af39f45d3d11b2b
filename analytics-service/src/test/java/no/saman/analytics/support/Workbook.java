package no.saman.analytics.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A report's XLSX read back with POI: cells found by their sheet, row label and column header. */
public final class Workbook {

  private final Map<String, Sheet> sheets = new LinkedHashMap<>();

  private Workbook(byte[] xlsx) {
    try {
      new XSSFWorkbook(new ByteArrayInputStream(xlsx))
          .forEach(sheet -> sheets.put(sheet.getSheetName(), sheet));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Workbook read(byte[] xlsx) {
    return new Workbook(xlsx);
  }

  public List<String> sheetNames() {
    return new ArrayList<>(sheets.keySet());
  }

  /** The labels in the first column of a sheet, below its header (the first row of columns). */
  public List<String> rowLabels(String sheet) {
    List<String> labels = new ArrayList<>();
    boolean belowHeader = false;
    for (Row row : sheet(sheet)) {
      Cell first = row.getCell(0);
      if (belowHeader && first != null && first.getCellType() == CellType.STRING) {
        labels.add(first.getStringCellValue());
      }
      belowHeader = belowHeader || row.getLastCellNum() > 1;
    }
    return labels;
  }

  /** The cell in the row labelled {@code row}, under the header {@code column}. */
  public Cell cell(String sheet, String row, String column) {
    Sheet table = sheet(sheet);
    int index = column(table, column);
    for (Row r : table) {
      Cell first = r.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(row)) {
        return r.getCell(index);
      }
    }
    throw new AssertionError("No row '" + row + "' in sheet " + sheet + ": " + rowLabels(sheet));
  }

  /**
   * The cell under {@code column} in the row labelled {@code row} whose {@code keyColumn} reads
   * {@code key}, for tables with a row per group and wave.
   */
  public Cell cell(String sheet, String row, String keyColumn, String key, String column) {
    Sheet table = sheet(sheet);
    int keyIndex = column(table, keyColumn);
    int index = column(table, column);
    for (Row r : table) {
      Cell first = r.getCell(0);
      Cell keyCell = r.getCell(keyIndex);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(row)
          && keyCell != null
          && keyCell.getCellType() == CellType.STRING
          && keyCell.getStringCellValue().equals(key)) {
        return r.getCell(index);
      }
    }
    throw new AssertionError("No row '" + row + "' with " + keyColumn + " " + key + " in " + sheet);
  }

  /** The number in a cell; fails unless the cell is numeric. */
  public double number(String sheet, String row, String column) {
    Cell cell = cell(sheet, row, column);
    if (cell == null || cell.getCellType() != CellType.NUMERIC) {
      throw new AssertionError(sheet + " / " + row + " / " + column + " is not a number: " + cell);
    }
    return cell.getNumericCellValue();
  }

  /** The text of a cell; fails unless the cell holds text. */
  public String text(String sheet, String row, String column) {
    Cell cell = cell(sheet, row, column);
    if (cell == null || cell.getCellType() != CellType.STRING) {
      throw new AssertionError(sheet + " / " + row + " / " + column + " is not text: " + cell);
    }
    return cell.getStringCellValue();
  }

  /** Every numeric cell of a row. */
  public List<Double> numbersOf(String sheet, String row) {
    List<Double> numbers = new ArrayList<>();
    for (Row r : sheet(sheet)) {
      Cell first = r.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(row)) {
        r.forEach(
            c -> {
              if (c.getCellType() == CellType.NUMERIC) {
                numbers.add(c.getNumericCellValue());
              }
            });
      }
    }
    return numbers;
  }

  private Sheet sheet(String name) {
    Sheet sheet = sheets.get(name);
    if (sheet == null) {
      throw new AssertionError("No sheet '" + name + "' in " + sheets.keySet());
    }
    return sheet;
  }

  private static int column(Sheet sheet, String header) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getColumnIndex() > 0
            && cell.getCellType() == CellType.STRING
            && cell.getStringCellValue().equals(header)) {
          return cell.getColumnIndex();
        }
      }
    }
    throw new AssertionError("No column '" + header + "' in sheet " + sheet.getSheetName());
  }
}
