package no.saman.reports;

import java.util.Locale;
import java.util.Objects;
import no.saman.reports.format.ReportLanguage;
import no.saman.reports.unit.UnitReportModel;
import no.saman.reports.unit.UnitReportRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point for rendering reports: compiles every template once at construction, then renders
 * from any number of threads; create one and share it.
 */
public final class ReportRenderer {

  /** The anonymity threshold k used unless a deployment sets another (never below 3). */
  public static final int DEFAULT_ANONYMITY_THRESHOLD = 5;

  private static final int LOWEST_ANONYMITY_THRESHOLD = 3;
  private static final Logger LOG = LoggerFactory.getLogger(ReportRenderer.class);

  private final UnitReportRenderer unitReport;

  /** A renderer with the default anonymity threshold of 5 responses. */
  public ReportRenderer() {
    this(DEFAULT_ANONYMITY_THRESHOLD);
  }

  /**
   * A renderer for a deployment with its own anonymity threshold.
   *
   * @param anonymityThreshold the smallest number of responses a group may show figures for, at
   *     least 3
   */
  public ReportRenderer(int anonymityThreshold) {
    if (anonymityThreshold < LOWEST_ANONYMITY_THRESHOLD) {
      throw new IllegalArgumentException(
          "The anonymity threshold must be at least "
              + LOWEST_ANONYMITY_THRESHOLD
              + ", was "
              + anonymityThreshold);
    }
    long start = System.nanoTime();
    this.unitReport = new UnitReportRenderer(anonymityThreshold);
    LOG.info("Compiled report templates in {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Renders the one-page report of a unit.
   *
   * @param model the unit's figures, already anonymity-checked (see {@link UnitReportModel})
   * @param format PDF or CSV
   * @param locale {@code nn}, {@code nb} (or {@code no}) or {@code en}; country is ignored
   * @return the file's bytes
   * @throws IllegalArgumentException for an unsupported locale, an unknown indicator id, or a model
   *     that would show figures the anonymity rule forbids (a suppressed unit with figures, or an
   *     unsuppressed unit below the threshold)
   * @throws IllegalStateException if JasperReports fails to fill or export the report
   */
  public byte[] renderUnitReport(UnitReportModel model, ReportFormat format, Locale locale) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(format, "format");
    ReportLanguage language = ReportLanguage.of(locale);
    long start = System.nanoTime();
    byte[] report =
        switch (format) {
          case PDF -> unitReport.pdf(model, language);
          case CSV -> unitReport.csv(model, language);
        };
    LOG.debug(
        "Rendered unit report as {} ({}) in {} ms",
        format,
        language,
        (System.nanoTime() - start) / 1_000_000);
    return report;
  }
}
