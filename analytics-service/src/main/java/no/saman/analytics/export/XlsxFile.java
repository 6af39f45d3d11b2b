package no.saman.analytics.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An export as a workbook: the rows on the sheet {@code data} (numbers in numeric cells, an empty
 * cell for a missing value), the codebook on the sheet {@code codebook}. POI's streaming workbook
 * keeps only a window of rows in memory and the rest in temporary files; the finished workbook is
 * written to a temporary file the response streams and deletes.
 */
final class XlsxFile {

  private static final int WINDOW = 200;
  private static final List<String> CODEBOOK =
      List.of(
          "name",
          "kind",
          "type",
          "item",
          "module",
          "text_nn",
          "text_nb",
          "text_en",
          "scale",
          "min",
          "max",
          "reverse",
          "values",
          "items",
          "description");

  private XlsxFile() {}

  /** Writes the workbook to a new temporary file and closes the rows. */
  static Path write(Codebook codebook, ReleasedRows rows) throws IOException {
    Path file = Files.createTempFile("saman-export-", ".xlsx");
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try (rows;
        OutputStream out = Files.newOutputStream(file)) {
      workbook.setCompressTempFiles(true);
      SXSSFSheet data = workbook.createSheet("data");
      Row header = data.createRow(0);
      List<ExportColumn> columns = codebook.columns();
      for (int c = 0; c < columns.size(); c++) {
        header.createCell(c).setCellValue(columns.get(c).name());
      }
      int r = 1;
      for (Object[] values = rows.next(); values != null; values = rows.next()) {
        Row row = data.createRow(r++);
        for (int c = 0; c < values.length; c++) {
          Object value = values[c];
          if (value instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      writeCodebook(workbook.createSheet("codebook"), codebook);
      workbook.write(out);
    } catch (SQLException | RuntimeException | IOException e) {
      Files.deleteIfExists(file);
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    } finally {
      workbook.dispose();
      workbook.close();
    }
    return file;
  }

  private static void writeCodebook(SXSSFSheet sheet, Codebook codebook) {
    Row header = sheet.createRow(0);
    for (int c = 0; c < CODEBOOK.size(); c++) {
      header.createCell(c).setCellValue(CODEBOOK.get(c));
    }
    int r = 1;
    for (ExportColumn column : codebook.columns()) {
      Row row = sheet.createRow(r++);
      Map<String, String> texts = column.texts() == null ? Map.of() : column.texts();
      Object[] cells = {
        column.name(),
        column.kind(),
        column.type(),
        column.item(),
        column.module(),
        texts.get("nn"),
        texts.get("nb"),
        texts.get("en"),
        column.scale(),
        column.min(),
        column.max(),
        column.reverse(),
        column.values() == null ? null : String.join(", ", column.values()),
        column.items() == null ? null : String.join(", ", column.items()),
        column.description()
      };
      for (int c = 0; c < cells.length; c++) {
        if (cells[c] instanceof Number n) {
          row.createCell(c).setCellValue(n.doubleValue());
        } else if (cells[c] != null) {
          row.createCell(c).setCellValue(cells[c].toString());
        }
      }
    }
    Row note = sheet.createRow(r + 1);
    note.createCell(0).setCellValue("k");
    note.createCell(1).setCellValue(codebook.k());
    note.createCell(2).setCellValue(codebook.anonymity());
    Row missing = sheet.createRow(r + 2);
    missing.createCell(0).setCellValue("missing");
    missing.createCell(2).setCellValue(codebook.missing());
  }
}
