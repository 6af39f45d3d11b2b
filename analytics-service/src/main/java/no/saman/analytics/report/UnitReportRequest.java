package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import no.saman.analytics.problem.ProblemException;
import no.saman.reports.ReportFormat;

/**
 * The checked parameters of a unit report request; every invalid parameter is named at once.
 *
 * @param language the requested report language, null for the municipality's own
 */
record UnitReportRequest(
    String round, String unit, ReportFormat format, @Nullable Locale language) {

  /**
   * @throws ProblemException 400 naming each missing or invalid parameter
   */
  static UnitReportRequest parse(
      @Nullable String round,
      @Nullable String unit,
      @Nullable String format,
      @Nullable String lang) {
    ReportParameters parameters = new ReportParameters();
    UnitReportRequest request =
        new UnitReportRequest(
            parameters.required(round, "round", "the round's id"),
            parameters.required(unit, "unit", "the unit's code"),
            parameters.format(format),
            parameters.language(lang));
    parameters.check();
    return request;
  }

  String fileName() {
    return ReportFile.name("unit-report", round, unit);
  }
}
