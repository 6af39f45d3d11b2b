package no.saman.reports.table;

import java.util.List;

/**
 * One table of a report as the XLSX writes it to its own sheet and the CSV writes it line by line:
 * headed rows of cells, already localized and anonymity-checked.
 *
 * @param title the sheet's name and the table's title, e.g. "Nøkkeltal"
 * @param rowHeader the heading of the first column, e.g. "Indikator"
 * @param columns the figure columns after the row label
 * @param rows the rows, each with one cell per column
 */
public record ReportTable(String title, String rowHeader, List<Column> columns, List<Row> rows) {

  public ReportTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (Row row : rows) {
      if (row.cells().size() != columns.size()) {
        throw new IllegalArgumentException(
            "Row '" + row.label() + "' of '" + title + "' does not fit its " + columns.size());
      }
    }
  }

  /** The row with this id, e.g. {@code responses} of an overview. */
  public Row row(String id) {
    return rows.stream()
        .filter(row -> id.equals(row.id()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No row '" + id + "' in " + title));
  }

  /**
   * A column.
   *
   * @param id the indicator id or another stable key, e.g. {@code avg_position_size}
   * @param label the heading, e.g. "Gjennomsnittleg stillingsstorleik"
   * @param shortLabel the heading where the column is narrow, e.g. "Snitt stilling"
   */
  public record Column(String id, String label, String shortLabel) {

    public Column(String id, String label) {
      this(id, label, label);
    }
  }

  /**
   * A row.
   *
   * @param id the indicator id or another stable key, null when the label is the key
   * @param label the first column, e.g. a unit's name
   * @param cells one per column
   * @param strong whether the row is a total or a reference group, printed in bold
   */
  public record Row(String id, String label, List<Cell> cells, boolean strong) {

    public Row {
      cells = List.copyOf(cells);
    }

    public Row(String id, String label, List<Cell> cells) {
      this(id, label, cells, false);
    }
  }
}
