package no.saman.survey.round;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** The {@code survey.rounds.v1} event: the current state of a round. */
@Serdeable
public record RoundEvent(
    String schema,
    String roundId,
    String municipality,
    String title,
    String wave,
    List<String> modules,
    LocalDate opens,
    LocalDate closes,
    String status) {

  public static final String TOPIC = "survey.rounds.v1";

  static RoundEvent of(SurveyRound r) {
    return new RoundEvent(
        TOPIC,
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
