package no.saman.reports.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a report's tables to an XLSX workbook, one sheet per table, with the model's values in
 * numeric cells (formatted like the PDF) so that a spreadsheet can compute with them.
 */
public final class TableXlsx {

  private static final int TITLE_ROW = 0;
  private static final int CONTEXT_ROW = 1;
  private static final int HEADER_ROW = 3;
  private static final int LABEL_COLUMN_WIDTH = 42 * 256;
  private static final int FIGURE_COLUMN_WIDTH = 17 * 256;
  private static final int MAX_SHEET_NAME = 31;

  private TableXlsx() {}

  /**
   * The workbook.
   *
   * @param context a line printed under each sheet's title, e.g. "Fræna · Institusjonstenesta"
   */
  public static byte[] write(String context, List<ReportTable> tables) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XlsxStyles styles = new XlsxStyles(workbook);
      Set<String> sheetNames = new HashSet<>();
      for (ReportTable table : tables) {
        XSSFSheet sheet = workbook.createSheet(uniqueName(table.title(), sheetNames));
        writeTable(sheet, styles, context, table);
      }
      ByteArrayOutputStream xlsx = new ByteArrayOutputStream(16 * 1024);
      workbook.write(xlsx);
      return xlsx.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the XLSX workbook", e);
    }
  }

  private static void writeTable(
      XSSFSheet sheet, XlsxStyles styles, String context, ReportTable table) {
    styles.text(sheet.createRow(TITLE_ROW).createCell(0), table.title(), styles.title());
    styles.text(sheet.createRow(CONTEXT_ROW).createCell(0), context, styles.context());

    XSSFRow header = sheet.createRow(HEADER_ROW);
    styles.text(header.createCell(0), table.rowHeader(), styles.header());
    for (int c = 0; c < table.columns().size(); c++) {
      styles.text(header.createCell(c + 1), table.columns().get(c).label(), styles.header());
    }
    int rowIndex = HEADER_ROW + 1;
    for (ReportTable.Row row : table.rows()) {
      XSSFRow sheetRow = sheet.createRow(rowIndex++);
      styles.text(
          sheetRow.createCell(0), row.label(), row.strong() ? styles.strongText() : styles.body());
      for (int c = 0; c < row.cells().size(); c++) {
        styles.cell(sheetRow.createCell(c + 1), row.cells().get(c), row.strong());
      }
    }
    sheet.setColumnWidth(0, LABEL_COLUMN_WIDTH);
    for (int c = 1; c <= table.columns().size(); c++) {
      sheet.setColumnWidth(c, FIGURE_COLUMN_WIDTH);
    }
    sheet.createFreezePane(1, HEADER_ROW + 1);
  }

  private static String uniqueName(String title, Set<String> taken) {
    String safe = WorkbookUtil.createSafeSheetName(title);
    String name = safe;
    for (int n = 2; !taken.add(name.toLowerCase()); n++) {
      String suffix = " (" + n + ")";
      name = safe.substring(0, Math.min(safe.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }
    return name;
  }
}
