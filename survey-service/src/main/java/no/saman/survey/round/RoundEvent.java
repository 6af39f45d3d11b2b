package no.saman.survey.round;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import no.saman.survey.instrument.Module;

/**
 * The {@code survey.rounds.v1} event: the current state of a round with the snapshot of the module
 * versions it runs (items, scales, reverse scoring, indices), so analytics can score it, and its
 * place in the order rounds were created, so analytics can tell which of two rounds of one wave
 * came first whatever order their events arrive in.
 */
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
    String status,
    long created,
    List<Module> instrument) {

  public static final String TOPIC = "survey.rounds.v1";

  static RoundEvent of(SurveyRound r, long created, List<Module> instrument) {
    return new RoundEvent(
        TOPIC,
        r.id(),
        r.municipality(),
        r.title(),
        r.wave(),
        r.moduleIds(),
        r.opens(),
        r.closes(),
        r.status(),
        created,
        instrument);
  }
}
