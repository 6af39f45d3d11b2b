package no.saman.reports.action;

import java.util.ArrayList;
import java.util.List;
import no.saman.reports.format.Labels;
import no.saman.reports.group.FigureCells;
import no.saman.reports.table.Cell;
import no.saman.reports.table.ReportTable;
import no.saman.reports.table.ReportTable.Column;
import no.saman.reports.table.ReportTable.Row;

/**
 * The drivers and recruitment sections as report tables, shared by the unit and municipality
 * report.
 */
public final class ActionTables {

  private ActionTables() {}

  /** One row per driver, most important first; null without figures. */
  public static ReportTable drivers(DriverFigures figures, FigureCells cells) {
    if (figures == null) {
      return null;
    }
    Labels labels = cells.labels();
    List<Row> rows = new ArrayList<>();
    for (DriverFigures.Driver d : figures.drivers()) {
      rows.add(
          new Row(
              d.id(),
              labels.get("driver." + d.id()),
              List.of(
                  cells.share(d.share()),
                  Cell.text(
                      cells.share(d.shareLow()).text() + " – " + cells.share(d.shareHigh()).text()),
                  Cell.text(d.rank() + " (" + d.rankLow() + "–" + d.rankHigh() + ")"),
                  cells.mean(d.score100()))));
    }
    String title =
        labels.format(
            "drivers.title",
            labels.get("drivers.outcome." + figures.outcome()),
            figures.n(),
            cells.mean(figures.rSquared()).text());
    return new ReportTable(
        title,
        labels.get("drivers.driver"),
        List.of(
            new Column("share", labels.get("drivers.share")),
            new Column("interval", labels.get("drivers.interval")),
            new Column("rank", labels.get("drivers.rank")),
            new Column("score", labels.get("drivers.score"))),
        rows);
  }

  /** The scenario's figures, one row each; null without figures. */
  public static ReportTable recruitment(RecruitmentFigures r, FigureCells cells) {
    if (r == null) {
      return null;
    }
    Labels labels = cells.labels();
    List<Row> rows = new ArrayList<>();
    rows.add(row(labels, "hiddenFte", cells.mean(r.hiddenFte())));
    rows.add(row(labels, "positions", cells.count(Math.toIntExact(r.positionsNotAdvertised()))));
    rows.add(row(labels, "fteNow", cells.mean(r.fteNow())));
    rows.add(row(labels, "fteIfWishesMet", cells.mean(r.fteIfWishesMet())));
    rows.add(row(labels, "averageNow", cells.indicator("avg_position_size", r.averageNow())));
    if (r.need() != null) {
      rows.add(row(labels, "need", cells.mean(r.need())));
      rows.add(row(labels, "coveredShare", cells.share(r.coveredShare())));
      rows.add(
          row(labels, "averageToCover", cells.indicator("avg_position_size", r.averageToCover())));
    }
    return new ReportTable(
        labels.get("recruitment.title"),
        labels.get("table.item"),
        List.of(new Column("value", labels.get("table.value"))),
        rows);
  }

  private static Row row(Labels labels, String id, Cell cell) {
    return new Row(id, labels.get("recruitment." + id), List.of(cell));
  }
}
