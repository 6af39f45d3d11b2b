package no.saman.reports.unit;

import no.saman.reports.format.ReportLanguage;

/**
 * Renders the one-page unit report; call it through {@code no.saman.reports.ReportRenderer}, which
 * owns one instance so the template is compiled once.
 */
public final class UnitReportRenderer {

  private final int anonymityThreshold;
  private final UnitReportPdf pdf;

  /**
   * Compiles the unit template (about two seconds on first use).
   *
   * @param anonymityThreshold the smallest number of responses a unit may show figures for
   */
  public UnitReportRenderer(int anonymityThreshold) {
    this.anonymityThreshold = anonymityThreshold;
    this.pdf = new UnitReportPdf();
  }

  /**
   * The report as a one-page A4 PDF with embedded DejaVu fonts.
   *
   * @throws IllegalArgumentException if the model would show figures the anonymity rule forbids
   */
  public byte[] pdf(UnitReportModel model, ReportLanguage language) {
    return pdf.render(textOf(model, language), language.locale().toLanguageTag());
  }

  /**
   * The report's figures as UTF-8 CSV.
   *
   * @throws IllegalArgumentException if the model would show figures the anonymity rule forbids
   */
  public byte[] csv(UnitReportModel model, ReportLanguage language) {
    return UnitReportCsv.render(textOf(model, language));
  }

  private UnitReportText textOf(UnitReportModel model, ReportLanguage language) {
    UnitReportGuard.requireShowable(model, anonymityThreshold);
    return UnitReportText.of(model, language, anonymityThreshold);
  }
}
