package no.saman.reports.goal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.group.FigureCells;
import no.saman.reports.table.Cell;
import no.saman.reports.table.ReportTable;
import no.saman.reports.table.ReportTable.Column;
import no.saman.reports.table.ReportTable.Row;

/**
 * Lays goals out as a table (one row per goal and wave) for the XLSX and CSV, and as rows for the
 * PDF's goal section, from the same cells so that the formats agree.
 */
public final class GoalTable {

  private GoalTable() {}

  /** A goal with the name of its municipality, or a null name when the report has one subject. */
  public record Owned(String owner, Goal goal) {}

  public static ReportTable table(FigureCells cells, String title, List<Owned> goals) {
    List<Column> columns =
        List.of(
            new Column("baseline", cells.labels().get("goal.baseline")),
            new Column("baseline_wave", cells.labels().get("goal.baselineWave")),
            new Column("target", cells.labels().get("goal.target")),
            new Column("deadline", cells.labels().get("goal.deadline")),
            new Column("wave", cells.labels().get("label.wave")),
            new Column("value", cells.labels().get("goal.value")),
            new Column("progress", cells.labels().get("goal.progress")),
            new Column("status", cells.labels().get("goal.status")));
    List<Row> rows = new ArrayList<>();
    for (Owned owned : goals) {
      Goal goal = owned.goal();
      List<Cell> plan =
          List.of(
              cells.indicator(goal.indicatorId(), goal.baselineValue()),
              cells.text(goal.baselineWave()),
              cells.indicator(goal.indicatorId(), goal.targetValue()),
              cells.text(
                  goal.deadline() == null ? cells.labels().notAvailable() : goal.deadline()));
      for (GoalMeasurement measurement : measurementsOf(goal)) {
        List<Cell> row = new ArrayList<>(plan);
        row.addAll(measured(cells, goal, measurement));
        rows.add(new Row(goal.indicatorId(), headingOf(cells, owned), row));
      }
    }
    return new ReportTable(title, cells.labels().get("goal.goal"), columns, rows);
  }

  /** The rows of the PDF's goal section, grouped by {@code goal}. */
  public static List<Map<String, ?>> pdfRows(FigureCells cells, List<Owned> goals) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (int g = 0; g < goals.size(); g++) {
      Owned owned = goals.get(g);
      Goal goal = owned.goal();
      IndicatorFormat indicator = IndicatorFormat.byId(goal.indicatorId());
      String plan =
          cells
              .labels()
              .format(
                  "goal.plan",
                  indicator.format(cells.format(), goal.baselineValue()),
                  goal.baselineWave(),
                  indicator.format(cells.format(), goal.targetValue()),
                  goal.deadline() == null ? cells.labels().notAvailable() : goal.deadline());
      GoalCurveData curve = GoalCurveData.of(goal, cells.format(), cells.labels());
      for (GoalMeasurement measurement : measurementsOf(goal)) {
        List<Cell> measured = measured(cells, goal, measurement);
        Map<String, Object> row = new HashMap<>();
        row.put("curve", curve);
        row.put("curveLegend", curve == null ? null : curve.legend());
        row.put("goal", g);
        row.put("heading", headingOf(cells, owned));
        row.put("plan", plan);
        row.put("wave", measured.get(0).text());
        row.put("value", measured.get(1).text());
        row.put("progressText", measured.get(2).text());
        row.put("progress", measured.get(2).number());
        row.put("status", measured.get(3).text());
        row.put("statusKey", measurement.status() == null ? "" : measurement.status().name());
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<GoalMeasurement> measurementsOf(Goal goal) {
    return goal.measurements().isEmpty()
        ? List.of(new GoalMeasurement(null, null, null))
        : goal.measurements();
  }

  private static List<Cell> measured(FigureCells cells, Goal goal, GoalMeasurement measurement) {
    if (measurement.wave() == null) {
      return List.of(cells.missing(), cells.missing(), cells.missing(), cells.missing());
    }
    if (measurement.value() == null) {
      Cell suppressed = cells.suppressed();
      return List.of(cells.text(measurement.wave()), suppressed, suppressed, suppressed);
    }
    Double progress = goal.progress(measurement.value());
    return List.of(
        cells.text(measurement.wave()),
        cells.indicator(goal.indicatorId(), measurement.value()),
        cells.share(progress),
        measurement.status() == null
            ? cells.missing()
            : cells.text(cells.labels().get("goal.status." + measurement.status().name())));
  }

  private static String headingOf(FigureCells cells, Owned owned) {
    String indicator = cells.labels().indicator(owned.goal().indicatorId());
    return owned.owner() == null ? indicator : owned.owner() + ": " + indicator;
  }
}
