package no.saman.reports.municipality;

import java.util.List;
import no.saman.reports.action.ActionTables;
import no.saman.reports.format.Labels;
import no.saman.reports.group.FigureCells;
import no.saman.reports.group.FiguresTable;
import no.saman.reports.group.GroupFigures;
import no.saman.reports.group.TrendTable;
import no.saman.reports.table.Cell;
import no.saman.reports.table.ReportTable;
import no.saman.reports.table.ReportTable.Column;
import no.saman.reports.table.ReportTable.Row;

/**
 * The municipality report's tables, formatted once for the PDF, the XLSX and the CSV: an overview,
 * the units × key indicators table (heat-coloured against the municipality) and the trend.
 */
final class MunicipalityTables {

  private MunicipalityTables() {}

  /** The tables in the report's order. */
  record Content(
      ReportTable overview,
      ReportTable units,
      ReportTable trend,
      ReportTable drivers,
      ReportTable recruitment) {

    List<ReportTable> tables() {
      return java.util.stream.Stream.of(overview, units, trend, drivers, recruitment)
          .filter(java.util.Objects::nonNull)
          .filter(table -> table == overview || table == units || !table.rows().isEmpty())
          .toList();
    }
  }

  static Content of(MunicipalityReportModel model, FigureCells cells) {
    Labels labels = cells.labels();
    GroupFigures total = totalOf(model, labels);
    ReportTable units =
        FiguresTable.of(
            cells,
            labels.get("municipality.units"),
            labels.get("label.unit"),
            model.indicatorIds(),
            model.units(),
            List.of(total),
            total.suppressed() ? null : total);
    ReportTable trend =
        TrendTable.of(
            cells,
            labels.get("municipality.trends"),
            labels.get("label.municipality"),
            model.indicatorIds(),
            List.of(new TrendTable.Series(model.municipalityName(), model.trend())));
    return new Content(
        overview(model, cells),
        units,
        trend,
        ActionTables.drivers(model.drivers(), cells),
        ActionTables.recruitment(model.recruitment(), cells));
  }

  /** The total under its printed name, e.g. "Fræna i alt". */
  static GroupFigures totalOf(MunicipalityReportModel model, Labels labels) {
    GroupFigures total = model.total();
    return new GroupFigures(
        labels.format("municipality.total", model.municipalityName()),
        total.suppressed(),
        total.responses(),
        total.responseRate(),
        total.values());
  }

  private static ReportTable overview(MunicipalityReportModel model, FigureCells cells) {
    Labels labels = cells.labels();
    GroupFigures total = model.total();
    Cell tooFew = cells.suppressed();
    List<Row> rows =
        List.of(
            text("municipality", labels.get("label.municipality"), model.municipalityName()),
            text("code", labels.get("label.code"), codeOf(model, labels)),
            text("round", labels.get("label.round"), model.roundTitle()),
            text("wave", labels.get("label.wave"), model.wave()),
            new Row(
                "responses",
                labels.get("label.responses"),
                List.of(total.suppressed() ? tooFew : cells.count(total.responses()))),
            new Row(
                "response_rate",
                labels.get("label.responseRate"),
                List.of(total.suppressed() ? tooFew : cells.share(total.responseRate()))),
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

  private static String codeOf(MunicipalityReportModel model, Labels labels) {
    return model.municipalityCode() == null ? labels.notAvailable() : model.municipalityCode();
  }

  private static Row text(String id, String label, String value) {
    return new Row(id, label, List.of(Cell.text(value)));
  }
}
