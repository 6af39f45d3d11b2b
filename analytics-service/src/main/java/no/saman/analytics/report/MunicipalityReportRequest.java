package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import no.saman.analytics.problem.ProblemException;
import no.saman.reports.ReportFormat;

/**
 * The checked parameters of a municipality report request.
 *
 * @param wave null for the municipality's latest wave
 * @param language null for the municipality's own
 */
record MunicipalityReportRequest(
    String municipality, @Nullable String wave, ReportFormat format, @Nullable Locale language) {

  /**
   * @throws ProblemException 400 naming each missing or invalid parameter
   */
  static MunicipalityReportRequest parse(
      @Nullable String municipality,
      @Nullable String wave,
      @Nullable String format,
      @Nullable String lang) {
    ReportParameters parameters = new ReportParameters();
    MunicipalityReportRequest request =
        new MunicipalityReportRequest(
            parameters.municipality(municipality),
            parameters.wave(wave),
            parameters.format(format),
            parameters.language(lang));
    parameters.check();
    return request;
  }
}
