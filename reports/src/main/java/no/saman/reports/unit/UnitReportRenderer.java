package no.saman.reports.unit;

import java.util.List;
import no.saman.reports.format.FigureFormat;
import no.saman.reports.format.Labels;
import no.saman.reports.format.ReportLanguage;
import no.saman.reports.group.FigureCells;
import no.saman.reports.jasper.ReportParts;
import no.saman.reports.table.TableCsv;
import no.saman.reports.table.TableXlsx;

/**
 * Renders the unit report; call it through {@code no.saman.reports.ReportRenderer}, which owns one
 * instance so the template is loaded once.
 */
public final class UnitReportRenderer {

  private final int threshold;
  private final int commentThreshold;
  private final UnitReportPdf pdf;

  /**
   * @param threshold the smallest number of responses a unit may show figures for
   * @param commentThreshold the smallest number of responses a unit may show comments for
   * @param parts the shared sub-templates
   */
  public UnitReportRenderer(int threshold, int commentThreshold, ReportParts parts) {
    this.threshold = threshold;
    this.commentThreshold = commentThreshold;
    this.pdf = new UnitReportPdf(parts);
  }

  /**
   * The report as an A4 PDF with embedded DejaVu fonts.
   *
   * @throws IllegalArgumentException if the model would show figures the anonymity rule forbids
   */
  public byte[] pdf(UnitReportModel model, ReportLanguage language) {
    FigureCells cells = cellsOf(model, language);
    return pdf.render(model, UnitTables.of(model, cells), cells, threshold);
  }

  /** The report's tables as an XLSX workbook, one sheet each, figures in numeric cells. */
  public byte[] xlsx(UnitReportModel model, ReportLanguage language) {
    FigureCells cells = cellsOf(model, language);
    String context = model.municipalityName() + " · " + model.unitName() + " · " + model.wave();
    return TableXlsx.write(context, UnitTables.of(model, cells).tables());
  }

  /** The report's figures as UTF-8 CSV, one figure a line. */
  public byte[] csv(UnitReportModel model, ReportLanguage language) {
    FigureCells cells = cellsOf(model, language);
    Labels labels = cells.labels();
    return TableCsv.write(
        List.of(
            labels.get("label.municipality"), labels.get("label.unit"), labels.get("label.wave")),
        List.of(model.municipalityName(), model.unitName(), model.wave()),
        TableCsv.lineHeader(labels),
        UnitTables.of(model, cells).tables());
  }

  private FigureCells cellsOf(UnitReportModel model, ReportLanguage language) {
    UnitReportGuard.requireShowable(model, threshold, commentThreshold);
    return new FigureCells(Labels.of(language), new FigureFormat(language));
  }
}
