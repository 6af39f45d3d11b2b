package no.saman.reports.network;

import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReport;
import no.saman.reports.format.Labels;
import no.saman.reports.goal.GoalActionTable;
import no.saman.reports.goal.GoalTable;
import no.saman.reports.group.FigureCells;
import no.saman.reports.jasper.MatrixData;
import no.saman.reports.jasper.PdfFile;
import no.saman.reports.jasper.ReportParts;
import no.saman.reports.jasper.Templates;

/**
 * Fills the network template (loaded once): the heat-map table, the comparison and trend charts per
 * indicator, the goals per municipality and their measures.
 */
final class NetworkReportPdf {

  private final JasperReport template = Templates.load("network-report");
  private final ReportParts parts;

  NetworkReportPdf(ReportParts parts) {
    this.parts = parts;
  }

  byte[] render(
      NetworkReportModel model, NetworkTables.Content content, FigureCells cells, int threshold) {
    Labels labels = cells.labels();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("NETWORK_NAME", model.networkName());
    parameters.put("THEME", model.theme());
    parameters.put("WAVE", model.wave());
    parameters.put("MUNICIPALITIES", Integer.toString(model.municipalities().size()));
    parameters.put("GENERATED_ON", content.overview().row("generated").cells().get(0).text());
    parameters.put("ANONYMITY_LEGEND", labels.anonymityLegend(threshold));
    parameters.put(
        "HEAT_LEGEND", labels.format("heat.legend", labels.get("network.heatReference")));
    parameters.put("COMPARISON_CELLS", MatrixData.of(content.comparison()));
    parameters.put("COMPARISONS", NetworkCharts.comparisons(model, content, labels));
    parameters.put("TRENDS", NetworkCharts.trends(model, content.networkMean().name(), labels));
    parameters.put("GOALS", GoalTable.pdfRows(cells, NetworkTables.goalsOf(model)));
    parameters.put(
        "MEASURES",
        GoalActionTable.pdfRows(
            GoalActionTable.of(
                cells, labels.get("network.measures"), NetworkTables.goalsOf(model))));
    return PdfFile.render(
        template,
        parts,
        parameters,
        labels,
        labels.get("network.title") + " – " + model.networkName());
  }
}
