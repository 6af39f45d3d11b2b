package no.saman.survey.round;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * A round as the API shows it; {@code phase} is draft, open or closed by today's date in the
 * municipality's zone.
 */
@Serdeable
public record RoundView(
    String id,
    String municipality,
    String title,
    String wave,
    List<String> modules,
    LocalDate opens,
    LocalDate closes,
    String status,
    String phase) {

  static RoundView of(SurveyRound r, LocalDate today) {
    return new RoundView(
        r.id(),
        r.municipality(),
        r.title(),
        r.wave(),
        r.moduleIds(),
        r.opens(),
        r.closes(),
        r.status(),
        r.phase(today));
  }
}
