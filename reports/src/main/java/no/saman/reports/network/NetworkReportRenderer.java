package no.saman.reports.network;

import java.util.List;
import no.saman.reports.format.FigureFormat;
import no.saman.reports.format.Labels;
import no.saman.reports.format.ReportLanguage;
import no.saman.reports.group.FigureCells;
import no.saman.reports.jasper.ReportParts;
import no.saman.reports.table.TableCsv;
import no.saman.reports.table.TableXlsx;

/**
 * Renders the network comparison; call it through {@code no.saman.reports.ReportRenderer}, which
 * owns one instance so the template is loaded once.
 */
public final class NetworkReportRenderer {

  private final int threshold;
  private final NetworkReportPdf pdf;

  public NetworkReportRenderer(int threshold, ReportParts parts) {
    this.threshold = threshold;
    this.pdf = new NetworkReportPdf(parts);
  }

  /** The comparison as an A4 PDF. */
  public byte[] pdf(NetworkReportModel model, ReportLanguage language) {
    FigureCells cells = cellsOf(model, language);
    return pdf.render(model, NetworkTables.of(model, cells), cells, threshold);
  }

  /** The comparison's tables as an XLSX workbook, one sheet each, figures in numeric cells. */
  public byte[] xlsx(NetworkReportModel model, ReportLanguage language) {
    FigureCells cells = cellsOf(model, language);
    return TableXlsx.write(
        model.networkName() + " · " + model.wave(), NetworkTables.of(model, cells).tables());
  }

  /** The comparison's figures as UTF-8 CSV, one figure a line. */
  public byte[] csv(NetworkReportModel model, ReportLanguage language) {
    FigureCells cells = cellsOf(model, language);
    Labels labels = cells.labels();
    return TableCsv.write(
        List.of(labels.get("label.network"), labels.get("label.wave")),
        List.of(model.networkName(), model.wave()),
        TableCsv.lineHeader(labels),
        NetworkTables.of(model, cells).tables());
  }

  private FigureCells cellsOf(NetworkReportModel model, ReportLanguage language) {
    NetworkReportGuard.requireShowable(model, threshold);
    return new FigureCells(Labels.of(language), new FigureFormat(language));
  }
}
