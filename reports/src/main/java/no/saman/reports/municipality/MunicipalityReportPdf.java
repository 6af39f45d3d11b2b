package no.saman.reports.municipality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReport;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.format.Labels;
import no.saman.reports.group.FigureCells;
import no.saman.reports.group.WaveFigures;
import no.saman.reports.jasper.ChartRows;
import no.saman.reports.jasper.IndicatorCharts;
import no.saman.reports.jasper.MatrixData;
import no.saman.reports.jasper.PdfFile;
import no.saman.reports.jasper.ReportParts;
import no.saman.reports.jasper.Templates;

/**
 * Fills the municipality template (loaded once): the heat-map table, then a trend per indicator.
 */
final class MunicipalityReportPdf {

  private final JasperReport template = Templates.load("municipality-report");
  private final ReportParts parts;

  MunicipalityReportPdf(ReportParts parts) {
    this.parts = parts;
  }

  byte[] render(
      MunicipalityReportModel model,
      MunicipalityTables.Content content,
      FigureCells cells,
      int threshold) {
    Labels labels = cells.labels();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("MUNICIPALITY_NAME", model.municipalityName());
    parameters.put("MUNICIPALITY_CODE", model.municipalityCode());
    parameters.put("ROUND_TITLE", model.roundTitle());
    parameters.put("WAVE", model.wave());
    parameters.put("RESPONSES", content.overview().row("responses").cells().get(0).text());
    parameters.put("RESPONSE_RATE", content.overview().row("response_rate").cells().get(0).text());
    parameters.put("GENERATED_ON", content.overview().row("generated").cells().get(0).text());
    parameters.put("ANONYMITY_LEGEND", labels.anonymityLegend(threshold));
    parameters.put(
        "HEAT_LEGEND", labels.format("heat.legend", labels.get("municipality.heatReference")));
    parameters.put("UNIT_CELLS", MatrixData.of(content.units()));
    parameters.put("DRIVERS_TITLE", content.drivers() == null ? null : content.drivers().title());
    parameters.put(
        "DRIVERS_CELLS", content.drivers() == null ? List.of() : MatrixData.of(content.drivers()));
    parameters.put(
        "RECRUITMENT_CELLS",
        content.recruitment() == null ? List.of() : MatrixData.of(content.recruitment()));
    parameters.put("TRENDS", model.trend().size() < 2 ? List.of() : trends(model, labels));
    return PdfFile.render(
        template,
        parts,
        parameters,
        labels,
        labels.get("municipality.title") + " – " + model.municipalityName());
  }

  private static List<Map<String, ?>> trends(MunicipalityReportModel model, Labels labels) {
    List<Map<String, ?>> charts = new ArrayList<>();
    for (String id : model.indicatorIds()) {
      IndicatorFormat indicator = IndicatorFormat.byId(id);
      ChartRows points = new ChartRows();
      for (WaveFigures wave : model.trend()) {
        Double value = wave.value(id);
        points.add(
            model.municipalityName(),
            wave.wave(),
            value == null ? null : indicator.chartValue(value));
      }
      charts.add(
          IndicatorCharts.chart(
              labels.indicator(id), indicator, points.rows(), "", "", true, false));
    }
    return charts;
  }
}
