package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.saman.analytics.problem.Problem.InvalidParam;
import no.saman.analytics.problem.ProblemException;
import no.saman.reports.ReportFormat;

/**
 * The checked parameters of a unit report request; every invalid parameter is named at once.
 *
 * @param language the requested report language, null for the municipality's own
 */
record UnitReportRequest(
    String round, String unit, ReportFormat format, @Nullable Locale language) {

  static final List<String> LANGUAGES = List.of("nn", "nb", "en");

  /**
   * @throws ProblemException 400 naming each missing or invalid parameter
   */
  static UnitReportRequest parse(
      @Nullable String round,
      @Nullable String unit,
      @Nullable String format,
      @Nullable String lang) {
    List<InvalidParam> errors = new ArrayList<>();
    if (round == null || round.isBlank()) {
      errors.add(new InvalidParam("round", "is required: the round's id"));
    }
    if (unit == null || unit.isBlank()) {
      errors.add(new InvalidParam("unit", "is required: the unit's code"));
    }
    ReportFormat reportFormat = ReportFormat.PDF;
    if (format != null) {
      reportFormat =
          switch (format.toLowerCase(Locale.ROOT)) {
            case "pdf" -> ReportFormat.PDF;
            case "csv" -> ReportFormat.CSV;
            default -> {
              errors.add(new InvalidParam("format", "must be pdf or csv"));
              yield null;
            }
          };
    }
    Locale language = null;
    if (lang != null) {
      if (LANGUAGES.contains(lang)) {
        language = Locale.forLanguageTag(lang);
      } else {
        errors.add(new InvalidParam("lang", "must be one of " + String.join(", ", LANGUAGES)));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidParameters(errors);
    }
    return new UnitReportRequest(round, unit, reportFormat, language);
  }
}
