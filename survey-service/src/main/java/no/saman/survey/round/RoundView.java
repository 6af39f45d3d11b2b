package no.saman.survey.round;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** A round as the API shows it. */
@Serdeable
public record RoundView(
    String id,
    String municipality,
    String title,
    String wave,
    List<String> modules,
    LocalDate opens,
    LocalDate closes,
    String status) {

  static RoundView of(SurveyRound r) {
    return new RoundView(
        r.id(),
        r.municipality(),
        r.title(),
        r.wave(),
        r.moduleIds(),
        r.opens(),
        r.closes(),
        r.status());
  }
}
