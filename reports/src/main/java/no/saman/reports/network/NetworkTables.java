package no.saman.reports.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.saman.reports.format.Labels;
import no.saman.reports.goal.GoalActionTable;
import no.saman.reports.goal.GoalTable;
import no.saman.reports.group.FigureCells;
import no.saman.reports.group.FiguresTable;
import no.saman.reports.group.GroupFigures;
import no.saman.reports.group.TrendTable;
import no.saman.reports.network.NetworkReportModel.MemberMunicipality;
import no.saman.reports.table.Cell;
import no.saman.reports.table.ReportTable;
import no.saman.reports.table.ReportTable.Column;
import no.saman.reports.table.ReportTable.Row;

/**
 * The network comparison's tables, formatted once for the PDF, the XLSX and the CSV: an overview,
 * the municipalities × key indicators table (heat-coloured against the network mean), the trend and
 * the goals.
 */
final class NetworkTables {

  private NetworkTables() {}

  /** The tables in the report's order. */
  record Content(
      ReportTable overview,
      ReportTable comparison,
      ReportTable trend,
      ReportTable goals,
      ReportTable measures,
      GroupFigures networkMean,
      GroupFigures allParticipants) {

    List<ReportTable> tables() {
      return List.of(overview, comparison, trend, goals, measures).stream()
          .filter(table -> !table.rows().isEmpty())
          .toList();
    }
  }

  static Content of(NetworkReportModel model, FigureCells cells) {
    Labels labels = cells.labels();
    GroupFigures mean =
        reference(labels.format("network.mean", model.networkMeanN()), model.networkMean());
    GroupFigures all =
        reference(
            labels.format("network.all", model.allParticipantsMunicipalities()),
            model.allParticipants());
    ReportTable comparison =
        FiguresTable.of(
            cells,
            labels.get("network.comparison"),
            labels.get("label.municipality"),
            model.indicatorIds(),
            model.municipalities().stream().map(MemberMunicipality::figures).toList(),
            List.of(mean, all),
            model.networkMean().isEmpty() ? null : mean);
    List<TrendTable.Series> series = new ArrayList<>();
    model.municipalities().forEach(m -> series.add(new TrendTable.Series(m.name(), m.trend())));
    series.add(new TrendTable.Series(mean.name(), model.networkMeanTrend()));
    ReportTable trend =
        TrendTable.of(
            cells,
            labels.get("network.trends"),
            labels.get("label.municipality"),
            model.indicatorIds(),
            series);
    ReportTable goals = GoalTable.table(cells, labels.get("network.goals"), goalsOf(model));
    ReportTable measures =
        GoalActionTable.of(cells, labels.get("network.measures"), goalsOf(model));
    return new Content(overview(model, cells), comparison, trend, goals, measures, mean, all);
  }

  static List<GoalTable.Owned> goalsOf(NetworkReportModel model) {
    List<GoalTable.Owned> goals = new ArrayList<>();
    for (MemberMunicipality member : model.municipalities()) {
      member.goals().forEach(goal -> goals.add(new GoalTable.Owned(member.name(), goal)));
    }
    return goals;
  }

  private static GroupFigures reference(String name, Map<String, Double> values) {
    return new GroupFigures(name, false, null, values.get("response_rate"), values);
  }

  private static ReportTable overview(NetworkReportModel model, FigureCells cells) {
    Labels labels = cells.labels();
    List<Row> rows = new ArrayList<>();
    rows.add(text("network", labels.get("label.network"), model.networkName()));
    if (model.theme() != null) {
      rows.add(text("theme", labels.get("label.theme"), model.theme()));
    }
    rows.add(text("wave", labels.get("label.wave"), model.wave()));
    rows.add(
        new Row(
            "municipalities",
            labels.get("label.municipalities"),
            List.of(cells.count(model.municipalities().size()))));
    rows.add(
        text(
            "generated",
            labels.get("label.generatedOn"),
            cells.format().date(model.generatedOn())));
    return new ReportTable(
        labels.get("table.overview"),
        labels.get("table.item"),
        List.of(new Column("value", labels.get("table.value"))),
        rows);
  }

  private static Row text(String id, String label, String value) {
    return new Row(id, label, List.of(Cell.text(value)));
  }
}
