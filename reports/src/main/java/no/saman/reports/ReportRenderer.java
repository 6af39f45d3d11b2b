package no.saman.reports;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import no.saman.reports.format.ReportLanguage;
import no.saman.reports.jasper.ReportParts;
import no.saman.reports.municipality.MunicipalityReportModel;
import no.saman.reports.municipality.MunicipalityReportRenderer;
import no.saman.reports.network.NetworkReportModel;
import no.saman.reports.network.NetworkReportRenderer;
import no.saman.reports.unit.UnitReportModel;
import no.saman.reports.unit.UnitReportRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point for rendering reports: loads every template (compiled at build time) once at
 * construction, then renders from any number of threads; create one and share it.
 */
public final class ReportRenderer {

  /** The anonymity threshold k used unless a deployment sets another (never below 3). */
  public static final int DEFAULT_ANONYMITY_THRESHOLD = 5;

  private static final int LOWEST_ANONYMITY_THRESHOLD = 3;
  private static final Logger LOG = LoggerFactory.getLogger(ReportRenderer.class);

  private final UnitReportRenderer unitReport;
  private final MunicipalityReportRenderer municipalityReport;
  private final NetworkReportRenderer networkReport;

  /** A renderer with the default anonymity threshold of 5 responses, for figures and comments. */
  public ReportRenderer() {
    this(DEFAULT_ANONYMITY_THRESHOLD);
  }

  /**
   * A renderer for a deployment with its own anonymity threshold, which comments share.
   *
   * @param anonymityThreshold the smallest number of responses a group may show figures for, at
   *     least 3
   */
  public ReportRenderer(int anonymityThreshold) {
    this(anonymityThreshold, anonymityThreshold);
  }

  /**
   * A renderer for a deployment whose comments have a higher threshold than figures.
   *
   * @param anonymityThreshold the smallest number of responses a group may show figures for, at
   *     least 3
   * @param commentThreshold the smallest number of responses a unit may show comments for, at least
   *     {@code anonymityThreshold}
   */
  public ReportRenderer(int anonymityThreshold, int commentThreshold) {
    if (anonymityThreshold < LOWEST_ANONYMITY_THRESHOLD) {
      throw new IllegalArgumentException(
          "The anonymity threshold must be at least "
              + LOWEST_ANONYMITY_THRESHOLD
              + ", was "
              + anonymityThreshold);
    }
    if (commentThreshold < anonymityThreshold) {
      throw new IllegalArgumentException(
          "The comment threshold must be at least the anonymity threshold, was "
              + commentThreshold);
    }
    long start = System.nanoTime();
    ReportParts parts = new ReportParts();
    this.unitReport = new UnitReportRenderer(anonymityThreshold, commentThreshold, parts);
    this.municipalityReport = new MunicipalityReportRenderer(anonymityThreshold, parts);
    this.networkReport = new NetworkReportRenderer(anonymityThreshold, parts);
    LOG.info("Loaded report templates in {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Renders the HR report of a unit.
   *
   * @param model the unit's figures, already anonymity-checked (see {@link UnitReportModel})
   * @param format PDF, XLSX or CSV
   * @param locale {@code nn}, {@code nb} (or {@code no}) or {@code en}; country is ignored
   * @return the file's bytes
   * @throws IllegalArgumentException for an unsupported locale, an unknown indicator id, or a model
   *     that would show figures the anonymity rule forbids (a suppressed unit with figures, or an
   *     unsuppressed unit below the threshold)
   * @throws IllegalStateException if JasperReports fails to fill or export the report
   */
  public byte[] renderUnitReport(UnitReportModel model, ReportFormat format, Locale locale) {
    Objects.requireNonNull(model, "model");
    return render(
        "unit",
        format,
        locale,
        language ->
            switch (format) {
              case PDF -> unitReport.pdf(model, language);
              case XLSX -> unitReport.xlsx(model, language);
              case CSV -> unitReport.csv(model, language);
            });
  }

  /**
   * Renders the HR report of a municipality: its units side by side and its trend.
   *
   * @throws IllegalArgumentException as {@link #renderUnitReport}, and for exactly one suppressed
   *     unit beside a shown total
   */
  public byte[] renderMunicipalityReport(
      MunicipalityReportModel model, ReportFormat format, Locale locale) {
    Objects.requireNonNull(model, "model");
    return render(
        "municipality",
        format,
        locale,
        language ->
            switch (format) {
              case PDF -> municipalityReport.pdf(model, language);
              case XLSX -> municipalityReport.xlsx(model, language);
              case CSV -> municipalityReport.csv(model, language);
            });
  }

  /**
   * Renders a network leader's comparison of the network's municipalities in one wave.
   *
   * @throws IllegalArgumentException as {@link #renderUnitReport}, and for exactly one suppressed
   *     municipality beside a shown network mean
   */
  public byte[] renderNetworkReport(NetworkReportModel model, ReportFormat format, Locale locale) {
    Objects.requireNonNull(model, "model");
    return render(
        "network",
        format,
        locale,
        language ->
            switch (format) {
              case PDF -> networkReport.pdf(model, language);
              case XLSX -> networkReport.xlsx(model, language);
              case CSV -> networkReport.csv(model, language);
            });
  }

  private byte[] render(
      String kind, ReportFormat format, Locale locale, Function<ReportLanguage, byte[]> renderer) {
    Objects.requireNonNull(format, "format");
    ReportLanguage language = ReportLanguage.of(locale);
    long start = System.nanoTime();
    byte[] report = renderer.apply(language);
    LOG.debug(
        "Rendered {} report as {} ({}) in {} ms",
        kind,
        format,
        language,
        (System.nanoTime() - start) / 1_000_000);
    return report;
  }
}
