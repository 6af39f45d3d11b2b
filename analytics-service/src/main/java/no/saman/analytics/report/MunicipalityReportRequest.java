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
 * @param outcome the outcome of the drivers section (K1 unless asked)
 * @param need the recruitment scenario's need in FTE, null for the hidden reserve only
 */
record MunicipalityReportRequest(
    String municipality,
    @Nullable String wave,
    ReportFormat format,
    @Nullable Locale language,
    String outcome,
    @Nullable Double need) {

  /** A request with the default outcome and no need. */
  static MunicipalityReportRequest parse(
      @Nullable String municipality,
      @Nullable String wave,
      @Nullable String format,
      @Nullable String lang) {
    return parse(municipality, wave, format, lang, null, null);
  }

  /**
   * @throws ProblemException 400 naming each missing or invalid parameter
   */
  static MunicipalityReportRequest parse(
      @Nullable String municipality,
      @Nullable String wave,
      @Nullable String format,
      @Nullable String lang,
      @Nullable String outcome,
      @Nullable String need) {
    ReportParameters parameters = new ReportParameters();
    MunicipalityReportRequest request =
        new MunicipalityReportRequest(
            parameters.municipality(municipality),
            parameters.wave(wave),
            parameters.format(format),
            parameters.language(lang),
            parameters.outcome(outcome),
            parameters.need(need));
    parameters.check();
    return request;
  }
}
