package no.saman.reports.group;

import java.util.ArrayList;
import java.util.List;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.table.Cell;
import no.saman.reports.table.ReportTable;
import no.saman.reports.table.ReportTable.Column;
import no.saman.reports.table.ReportTable.Row;

/**
 * Builds the groups × key indicators table of the municipality and network reports: responses,
 * response rate and each indicator, heat-coloured against a reference group, with the reference
 * rows (the municipality total, the network mean, all participants) in bold at the end.
 */
public final class FiguresTable {

  private FiguresTable() {}

  /**
   * The table.
   *
   * @param groups the compared groups, each shown or suppressed
   * @param references groups printed in bold after them, never suppressed
   * @param heatReference the group each value is coloured against, null for no colour
   */
  public static ReportTable of(
      FigureCells cells,
      String title,
      String rowHeader,
      List<String> indicatorIds,
      List<GroupFigures> groups,
      List<GroupFigures> references,
      GroupFigures heatReference) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("responses", cells.labels().get("label.responses")));
    columns.add(
        new Column(
            "response_rate",
            cells.labels().get("label.responseRate"),
            cells.labels().indicatorShort("response_rate")));
    for (String id : indicatorIds) {
      columns.add(new Column(id, cells.labels().indicator(id), cells.labels().indicatorShort(id)));
    }
    List<List<Cell>> groupCells = new ArrayList<>();
    groups.forEach(group -> groupCells.add(cellsOf(cells, indicatorIds, group)));
    colour(indicatorIds, groups, groupCells, heatReference);

    List<Row> rows = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      rows.add(new Row(null, groups.get(g).name(), groupCells.get(g)));
    }
    for (GroupFigures reference : references) {
      rows.add(new Row(null, reference.name(), cellsOf(cells, indicatorIds, reference), true));
    }
    return new ReportTable(title, rowHeader, columns, rows);
  }

  private static List<Cell> cellsOf(FigureCells cells, List<String> ids, GroupFigures group) {
    List<Cell> row = new ArrayList<>();
    if (group.suppressed()) {
      for (int c = 0; c < ids.size() + 2; c++) {
        row.add(cells.suppressed());
      }
      return row;
    }
    row.add(cells.count(group.responses()));
    row.add(cells.share(group.responseRate()));
    ids.forEach(id -> row.add(cells.indicator(id, group.value(id))));
    return row;
  }

  private static void colour(
      List<String> ids, List<GroupFigures> groups, List<List<Cell>> cells, GroupFigures reference) {
    if (reference == null) {
      return;
    }
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      List<Double> values = groups.stream().map(group -> group.value(id)).toList();
      List<Integer> levels = HeatMap.levels(IndicatorFormat.byId(id), reference.value(id), values);
      for (int g = 0; g < groups.size(); g++) {
        Cell cell = cells.get(g).get(i + 2);
        if (cell.kind() == Cell.Kind.FIGURE) {
          cells.get(g).set(i + 2, cell.withHeat(levels.get(g)));
        }
      }
    }
  }
}
