package no.saman.reports.group;

import java.util.ArrayList;
import java.util.List;
import no.saman.reports.table.Cell;
import no.saman.reports.table.ReportTable;
import no.saman.reports.table.ReportTable.Column;
import no.saman.reports.table.ReportTable.Row;

/**
 * Builds the table behind the trend charts: one row per group and wave with its key indicators, so
 * the spreadsheet holds every point the charts draw.
 */
public final class TrendTable {

  private TrendTable() {}

  /** One group's waves, labelled with the group's name. */
  public record Series(String name, List<WaveFigures> waves) {}

  public static ReportTable of(
      FigureCells cells, String title, String rowHeader, List<String> ids, List<Series> series) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("wave", cells.labels().get("label.wave")));
    columns.add(new Column("responses", cells.labels().get("label.responses")));
    ids.forEach(id -> columns.add(new Column(id, cells.labels().indicator(id))));
    List<Row> rows = new ArrayList<>();
    for (Series group : series) {
      for (WaveFigures wave : group.waves()) {
        List<Cell> row = new ArrayList<>();
        row.add(cells.text(wave.wave()));
        if (wave.suppressed()) {
          for (int c = 0; c <= ids.size(); c++) {
            row.add(cells.suppressed());
          }
        } else {
          row.add(cells.count(wave.responses()));
          ids.forEach(id -> row.add(cells.indicator(id, wave.value(id))));
        }
        rows.add(new Row(null, group.name(), row));
      }
    }
    return new ReportTable(title, rowHeader, columns, rows);
  }
}
