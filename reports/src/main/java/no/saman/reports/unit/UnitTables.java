package no.saman.reports.unit;

import java.util.ArrayList;
import java.util.List;
import no.saman.reports.action.ActionTables;
import no.saman.reports.format.Labels;
import no.saman.reports.goal.GoalTable;
import no.saman.reports.group.FigureCells;
import no.saman.reports.table.Cell;
import no.saman.reports.table.ReportTable;
import no.saman.reports.table.ReportTable.Column;
import no.saman.reports.table.ReportTable.Row;

/** Lays a checked unit model out as the report's tables, each figure formatted once. */
final class UnitTables {

  private UnitTables() {}

  static UnitContent of(UnitReportModel model, FigureCells cells) {
    Labels labels = cells.labels();
    return new UnitContent(
        overview(model, cells),
        UnitSummaryTable.of(model, cells),
        positionSizes(model, cells),
        competenceUse(model, cells),
        leadership(model, cells),
        UnitSummaryTable.indices(model, cells),
        GoalTable.table(
            cells,
            labels.get("goals"),
            model.goals().stream().map(goal -> new GoalTable.Owned(null, goal)).toList()),
        comments(model, labels),
        ActionTables.drivers(model.drivers(), cells),
        ActionTables.recruitment(model.recruitment(), cells));
  }

  private static ReportTable overview(UnitReportModel model, FigureCells cells) {
    Labels labels = cells.labels();
    Cell tooFew = cells.suppressed();
    List<Row> rows = new ArrayList<>();
    rows.add(textRow("municipality", labels.get("label.municipality"), model.municipalityName()));
    rows.add(textRow("unit", labels.get("label.unit"), model.unitName()));
    if (model.serviceType() != null) {
      rows.add(textRow("service_type", labels.get("label.serviceType"), model.serviceType()));
    }
    rows.add(textRow("round", labels.get("label.round"), model.roundTitle()));
    rows.add(textRow("wave", labels.get("label.wave"), model.wave()));
    rows.add(
        new Row(
            "responses",
            labels.get("label.responses"),
            List.of(model.suppressed() ? tooFew : cells.count(model.responses()))));
    rows.add(
        new Row(
            "response_rate",
            labels.get("label.responseRate"),
            List.of(model.suppressed() ? tooFew : cells.share(model.responseRate()))));
    rows.add(
        textRow(
            "generated",
            labels.get("label.generatedOn"),
            cells.format().date(model.generatedOn())));
    return new ReportTable(
        labels.get("table.overview"),
        labels.get("table.item"),
        List.of(new Column("value", labels.get("table.value"))),
        rows);
  }

  private static Row textRow(String id, String label, String value) {
    return new Row(id, label, List.of(Cell.text(value)));
  }

  private static ReportTable positionSizes(UnitReportModel model, FigureCells cells) {
    Labels labels = cells.labels();
    List<Row> rows =
        model.positionSizes().stream()
            .map(
                band ->
                    new Row(
                        null,
                        band.label(),
                        List.of(cells.count(band.current()), cells.count(band.desired()))))
            .toList();
    return new ReportTable(
        labels.get("table.positionSizes"),
        labels.get("table.band"),
        List.of(
            new Column("current", labels.get("chart.current")),
            new Column("desired", labels.get("chart.desired"))),
        rows);
  }

  private static ReportTable competenceUse(UnitReportModel model, FigureCells cells) {
    Labels labels = cells.labels();
    List<Row> rows =
        model.competenceUse().stream()
            .map(
                share ->
                    new Row(
                        "K1=" + share.answer(),
                        labels.get("k1." + share.answer()),
                        List.of(
                            cells.share(share.unitShare()),
                            cells.share(share.municipalityShare()))))
            .toList();
    return new ReportTable(
        labels.get("table.competenceUse"),
        labels.get("table.answer"),
        unitAndMunicipality(labels),
        rows);
  }

  private static ReportTable leadership(UnitReportModel model, FigureCells cells) {
    Labels labels = cells.labels();
    List<Row> rows =
        model.leadershipItems().stream()
            .map(
                item ->
                    new Row(
                        item.itemId(),
                        labels.get("item." + item.itemId()),
                        List.of(cells.mean(item.unitMean()), cells.mean(item.municipalityMean()))))
            .toList();
    return new ReportTable(
        labels.get("table.leadership"),
        labels.get("table.statement"),
        unitAndMunicipality(labels),
        rows);
  }

  private static List<Column> unitAndMunicipality(Labels labels) {
    return List.of(
        new Column("unit", labels.get("unit.column.unit")),
        new Column("municipality", labels.get("unit.column.municipality")));
  }

  private static ReportTable comments(UnitReportModel model, Labels labels) {
    List<Row> rows =
        model.comments().stream()
            .map(
                comment ->
                    new Row(
                        comment.module(),
                        moduleLabel(labels, comment.module()),
                        List.of(Cell.text(comment.text()))))
            .toList();
    return new ReportTable(
        labels.get("comments"),
        labels.get("comment.module"),
        List.of(new Column("comment", labels.get("comment.text"))),
        rows);
  }

  /** The module's name, or its id for a module added to the catalogue after these labels. */
  static String moduleLabel(Labels labels, String module) {
    String key = "module." + module;
    return labels.bundle().containsKey(key) ? labels.get(key) : module;
  }
}
