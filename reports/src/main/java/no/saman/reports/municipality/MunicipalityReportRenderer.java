package no.saman.reports.municipality;

import java.util.List;
import no.saman.reports.format.FigureFormat;
import no.saman.reports.format.Labels;
import no.saman.reports.format.ReportLanguage;
import no.saman.reports.group.FigureCells;
import no.saman.reports.jasper.ReportParts;
import no.saman.reports.table.TableCsv;
import no.saman.reports.table.TableXlsx;

/**
 * Renders the municipality report; call it through {@code no.saman.reports.ReportRenderer}, which
 * owns one instance so the template is loaded once.
 */
public final class MunicipalityReportRenderer {

  private final int threshold;
  private final MunicipalityReportPdf pdf;

  public MunicipalityReportRenderer(int threshold, ReportParts parts) {
    this.threshold = threshold;
    this.pdf = new MunicipalityReportPdf(parts);
  }

  /** The report as an A4 PDF. */
  public byte[] pdf(MunicipalityReportModel model, ReportLanguage language) {
    FigureCells cells = cellsOf(model, language);
    return pdf.render(model, MunicipalityTables.of(model, cells), cells, threshold);
  }

  /** The report's tables as an XLSX workbook, one sheet each, figures in numeric cells. */
  public byte[] xlsx(MunicipalityReportModel model, ReportLanguage language) {
    FigureCells cells = cellsOf(model, language);
    return TableXlsx.write(
        model.municipalityName() + " · " + model.wave(),
        MunicipalityTables.of(model, cells).tables());
  }

  /** The report's figures as UTF-8 CSV, one figure a line. */
  public byte[] csv(MunicipalityReportModel model, ReportLanguage language) {
    FigureCells cells = cellsOf(model, language);
    Labels labels = cells.labels();
    return TableCsv.write(
        List.of(labels.get("label.municipality"), labels.get("label.wave")),
        List.of(model.municipalityName(), model.wave()),
        TableCsv.lineHeader(labels),
        MunicipalityTables.of(model, cells).tables());
  }

  private FigureCells cellsOf(MunicipalityReportModel model, ReportLanguage language) {
    MunicipalityReportGuard.requireShowable(model, threshold);
    return new FigureCells(Labels.of(language), new FigureFormat(language));
  }
}
