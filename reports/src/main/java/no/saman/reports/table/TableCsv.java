package no.saman.reports.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.saman.reports.format.Labels;

/**
 * Writes a report's tables as one long {@code ;}-separated table (the separator Norwegian
 * spreadsheets expect next to a decimal comma), one figure a line, each line naming its report,
 * table, row and column, so files of many units can be concatenated and filtered.
 */
public final class TableCsv {

  /** Lets spreadsheet programs recognise UTF-8, so that æ, ø and å survive opening the file. */
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private static final String LINE_END = "\r\n";

  private TableCsv() {}

  /**
   * The CSV file.
   *
   * @param contextHeader the headings of the leading columns, e.g. Kommune, Eining, Måling
   * @param context the values of the leading columns, repeated on every line
   * @param lineHeader the headings of table, row, column, id and value, in that order
   */
  public static byte[] write(
      List<String> contextHeader,
      List<String> context,
      List<String> lineHeader,
      List<ReportTable> tables) {
    StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
    List<String> header = new ArrayList<>(contextHeader);
    header.addAll(lineHeader);
    appendLine(csv, header.stream().map(TableCsv::text).toList());
    for (ReportTable table : tables) {
      for (ReportTable.Row row : table.rows()) {
        for (int c = 0; c < table.columns().size(); c++) {
          ReportTable.Column column = table.columns().get(c);
          Cell cell = row.cells().get(c);
          List<String> line = new ArrayList<>(context.stream().map(TableCsv::text).toList());
          line.add(text(table.title()));
          line.add(text(row.label()));
          line.add(text(column.label()));
          line.add(text(row.id() != null ? row.id() : column.id()));
          line.add(cell.kind() == Cell.Kind.FIGURE ? quoted(cell.text()) : text(cell.text()));
          appendLine(csv, line);
        }
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The headings of the table, row, column, id and value columns in the report's language. */
  public static List<String> lineHeader(Labels labels) {
    return List.of(
        labels.get("csv.table"),
        labels.get("csv.row"),
        labels.get("csv.column"),
        labels.get("csv.id"),
        labels.get("csv.value"));
  }

  private static void appendLine(StringBuilder csv, List<String> cells) {
    csv.append(cells.stream().collect(Collectors.joining(";"))).append(LINE_END);
  }

  /** Defuses free text a spreadsheet would run as a formula, then quotes where needed. */
  private static String text(String value) {
    if (value == null) {
      return "";
    }
    return quoted(value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value);
  }

  private static String quoted(String value) {
    if (value.contains(";")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
