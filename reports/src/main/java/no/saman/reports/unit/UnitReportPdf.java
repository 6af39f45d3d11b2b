package no.saman.reports.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JasperReport;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.format.Labels;
import no.saman.reports.goal.GoalTable;
import no.saman.reports.group.FigureCells;
import no.saman.reports.jasper.ChartRows;
import no.saman.reports.jasper.MatrixData;
import no.saman.reports.jasper.PdfFile;
import no.saman.reports.jasper.ReportParts;
import no.saman.reports.jasper.Templates;
import no.saman.reports.table.ReportTable;
import no.saman.reports.unit.UnitReportModel.IndicatorRow;

/**
 * Fills the unit template (loaded once) from the unit's tables and model: the cover and key-figure
 * table from the tables, the module charts from the model's numbers.
 */
final class UnitReportPdf {

  private final JasperReport template = Templates.load("unit-report");
  private final ReportParts parts;

  UnitReportPdf(ReportParts parts) {
    this.parts = parts;
  }

  byte[] render(UnitReportModel model, UnitContent content, FigureCells cells, int threshold) {
    Labels labels = cells.labels();
    ReportTable overview = content.overview();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("MUNICIPALITY_NAME", model.municipalityName());
    parameters.put("UNIT_NAME", model.unitName());
    parameters.put("ROUND_TITLE", model.roundTitle());
    parameters.put("WAVE", model.wave());
    parameters.put("SERVICE_TYPE", model.serviceType());
    parameters.put("RESPONSES", overview.row("responses").cells().get(0).text());
    parameters.put("RESPONSE_RATE", overview.row("response_rate").cells().get(0).text());
    parameters.put("GENERATED_ON", overview.row("generated").cells().get(0).text());
    parameters.put("ANONYMITY_LEGEND", labels.anonymityLegend(threshold));
    parameters.put(
        "SUPPRESSED_NOTICE",
        model.suppressed() ? labels.format("unit.suppressedNotice", threshold) : null);
    parameters.put(
        "SUMMARY_CELLS",
        MatrixData.of(
            content.summary(),
            UnitSummaryTable.CHANGE_DETAILS.stream().collect(Collectors.toSet()),
            UnitSummaryTable.CHANGE,
            " *"));
    boolean anyChange = model.indicators().stream().anyMatch(row -> row.change() != null);
    parameters.put("CHANGE_LEGEND", anyChange ? labels.get("unit.change.legend") : null);
    parameters.put("POSITION_SIZES", positionSizes(model, labels));
    parameters.put("COMPETENCE_USE", competenceUse(model, labels));
    parameters.put("LEADERSHIP", leadership(model, labels));
    parameters.put("INDICES", model.suppressed() ? List.of() : indices(model, labels));
    parameters.put(
        "GOALS",
        GoalTable.pdfRows(
            cells, model.goals().stream().map(goal -> new GoalTable.Owned(null, goal)).toList()));
    parameters.put("COMMENTS", comments(model, labels));
    parameters.put("DRIVERS_TITLE", content.drivers() == null ? null : content.drivers().title());
    parameters.put(
        "DRIVERS_CELLS", content.drivers() == null ? List.of() : MatrixData.of(content.drivers()));
    parameters.put(
        "RECRUITMENT_CELLS",
        content.recruitment() == null ? List.of() : MatrixData.of(content.recruitment()));
    return PdfFile.render(
        template, parts, parameters, labels, labels.get("unit.title") + " – " + model.unitName());
  }

  private static List<Map<String, ?>> positionSizes(UnitReportModel model, Labels labels) {
    ChartRows rows = new ChartRows();
    for (UnitReportModel.PositionSizeBand band : model.positionSizes()) {
      rows.add(labels.get("chart.current"), band.label(), (double) band.current());
      rows.add(labels.get("chart.desired"), band.label(), (double) band.desired());
    }
    return rows.rows();
  }

  private static List<Map<String, ?>> competenceUse(UnitReportModel model, Labels labels) {
    ChartRows rows = new ChartRows();
    for (UnitReportModel.CompetenceUseShare share : model.competenceUse()) {
      String answer = labels.get("k1." + share.answer());
      rows.add(labels.get("unit.column.unit"), answer, share.unitShare() * 100);
      if (share.municipalityShare() != null) {
        rows.add(labels.get("unit.column.municipality"), answer, share.municipalityShare() * 100);
      }
    }
    return rows.rows();
  }

  private static List<Map<String, ?>> leadership(UnitReportModel model, Labels labels) {
    ChartRows rows = new ChartRows();
    for (UnitReportModel.ItemScore item : model.leadershipItems()) {
      String statement = labels.get("item." + item.itemId());
      rows.add(labels.get("unit.column.unit"), statement, item.unitMean());
      if (item.municipalityMean() != null) {
        rows.add(labels.get("unit.column.municipality"), statement, item.municipalityMean());
      }
    }
    return rows.rows();
  }

  private static List<Map<String, ?>> indices(UnitReportModel model, Labels labels) {
    ChartRows rows = new ChartRows();
    for (IndicatorRow row : model.scaleIndices()) {
      IndicatorFormat indicator = IndicatorFormat.byId(row.id());
      String index = labels.indicator(row.id());
      addIf(rows, labels.get("unit.column.unit"), index, indicator, row.unitValue());
      addIf(
          rows, labels.get("unit.column.municipality"), index, indicator, row.municipalityValue());
      addIf(rows, labels.get("unit.column.serviceType"), index, indicator, row.serviceTypeValue());
      addIf(rows, labels.get("unit.column.all"), index, indicator, row.allParticipantsValue());
    }
    return rows.rows();
  }

  private static void addIf(
      ChartRows rows, String series, String category, IndicatorFormat indicator, Double value) {
    if (value != null) {
      rows.add(series, category, indicator.chartValue(value));
    }
  }

  private static List<Map<String, ?>> comments(UnitReportModel model, Labels labels) {
    return model.comments().stream()
        .<Map<String, ?>>map(
            comment ->
                Map.of(
                    "module", UnitTables.moduleLabel(labels, comment.module()),
                    "text", comment.text()))
        .toList();
  }
}
