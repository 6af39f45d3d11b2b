package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import no.saman.analytics.problem.ProblemException;
import no.saman.reports.ReportFormat;

/**
 * The checked parameters of a unit report request; every invalid parameter is named at once.
 *
 * @param language the requested report language, null for the municipality's own
 * @param outcome the outcome of the drivers section (K1 unless asked)
 * @param need the recruitment scenario's need in FTE, null for the hidden reserve only
 */
record UnitReportRequest(
    String round,
    String unit,
    ReportFormat format,
    @Nullable Locale language,
    String outcome,
    @Nullable Double need) {

  /** A request with the default outcome and no need. */
  static UnitReportRequest parse(
      @Nullable String round,
      @Nullable String unit,
      @Nullable String format,
      @Nullable String lang) {
    return parse(round, unit, format, lang, null, null);
  }

  /**
   * @throws ProblemException 400 naming each missing or invalid parameter
   */
  static UnitReportRequest parse(
      @Nullable String round,
      @Nullable String unit,
      @Nullable String format,
      @Nullable String lang,
      @Nullable String outcome,
      @Nullable String need) {
    ReportParameters parameters = new ReportParameters();
    UnitReportRequest request =
        new UnitReportRequest(
            parameters.required(round, "round", "the round's id"),
            parameters.required(unit, "unit", "the unit's code"),
            parameters.format(format),
            parameters.language(lang),
            parameters.outcome(outcome),
            parameters.need(need));
    parameters.check();
    return request;
  }

  String fileName() {
    return ReportFile.name("unit-report", round, unit);
  }
}
