package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.saman.analytics.drivers.DriverService;
import no.saman.analytics.problem.Problem.InvalidParam;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.recruitment.RecruitmentService;
import no.saman.reports.ReportFormat;

/**
 * Checks the parameters of a report request together, collecting one entry per invalid parameter,
 * so that a client learns everything it got wrong from one 400 answer.
 */
final class ReportParameters {

  static final List<String> LANGUAGES = List.of("nn", "nb", "en");

  /** The reports explain Lai's central outcome, competence use, unless asked for another. */
  static final String DEFAULT_OUTCOME = "K1";

  private final List<InvalidParam> errors = new ArrayList<>();

  /** A parameter that must be present and not blank. */
  String required(@Nullable String value, String name, String what) {
    if (value == null || value.isBlank()) {
      errors.add(new InvalidParam(name, "is required: " + what));
      return null;
    }
    return value.trim();
  }

  /** A kommunenummer: four digits. */
  String municipality(@Nullable String value) {
    String code = required(value, "municipality", "a 4-digit kommunenummer");
    if (code != null && !code.matches("[0-9]{4}")) {
      errors.add(new InvalidParam("municipality", "must be a 4-digit kommunenummer"));
      return null;
    }
    return code;
  }

  /** A wave label such as 2013-autumn, or null when none is given. */
  @Nullable
  String wave(@Nullable String value) {
    if (value == null) {
      return null;
    }
    if (!value.matches("[0-9]{4}-[a-z0-9-]{1,60}")) {
      errors.add(new InvalidParam("wave", "must be a wave label such as 2013-autumn"));
      return null;
    }
    return value;
  }

  /** pdf (the default), xlsx or csv. */
  ReportFormat format(@Nullable String value) {
    if (value == null) {
      return ReportFormat.PDF;
    }
    for (ReportFormat format : ReportFormat.values()) {
      if (format.fileExtension().equals(value.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    errors.add(new InvalidParam("format", "must be pdf, xlsx or csv"));
    return null;
  }

  /** nn, nb or en; null when none is given. */
  @Nullable
  Locale language(@Nullable String value) {
    if (value == null) {
      return null;
    }
    if (!LANGUAGES.contains(value)) {
      errors.add(new InvalidParam("lang", "must be one of " + String.join(", ", LANGUAGES)));
      return null;
    }
    return Locale.forLanguageTag(value);
  }

  /** The outcome of the drivers section: K1 (competence use, the default), N6 or wants_larger. */
  String outcome(@Nullable String value) {
    if (value == null) {
      return DEFAULT_OUTCOME;
    }
    if (!DriverService.OUTCOMES.contains(value)) {
      errors.add(
          new InvalidParam(
              "outcome", "must be one of " + String.join(", ", DriverService.OUTCOMES)));
      return null;
    }
    return value;
  }

  /**
   * The recruitment scenario's need in FTE, above 0; null when none is given (the reserve only).
   */
  @Nullable
  Double need(@Nullable String value) {
    if (value == null) {
      return null;
    }
    double need;
    try {
      need = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      need = Double.NaN;
    }
    if (!(need > 0 && need <= RecruitmentService.LARGEST_NEED)) {
      errors.add(
          new InvalidParam(
              "need", "must be a number of full-time equivalents above 0 and at most 100000"));
      return null;
    }
    return need;
  }

  /**
   * @throws ProblemException 400 naming each invalid parameter, when there is any
   */
  void check() {
    if (!errors.isEmpty()) {
      throw ProblemException.invalidParameters(List.copyOf(errors));
    }
  }
}
