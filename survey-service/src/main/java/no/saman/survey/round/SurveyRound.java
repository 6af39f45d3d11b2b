package no.saman.survey.round;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A survey round row: a municipality runs some modules in a date window, under a wave label; {@code
 * instrument} is the JSON snapshot of the module versions it runs.
 */
@MappedEntity("survey_round")
public record SurveyRound(
    @Id String id,
    String municipality,
    String title,
    String wave,
    String modules,
    LocalDate opens,
    LocalDate closes,
    String status,
    @Nullable String instrument) {

  public static final String OPEN = "open";
  public static final String CLOSED = "closed";
  public static final String DRAFT = "draft";

  public List<String> moduleIds() {
    return Arrays.asList(modules.split(","));
  }

  /** Whether answers are accepted on {@code day}. */
  public boolean acceptsAnswersOn(LocalDate day) {
    return OPEN.equals(status) && !day.isBefore(opens) && !day.isAfter(closes);
  }

  /** Draft before it opens, open in its window, closed after it or once closed early. */
  public String phase(LocalDate today) {
    if (CLOSED.equals(status) || today.isAfter(closes)) {
      return CLOSED;
    }
    return today.isBefore(opens) ? DRAFT : OPEN;
  }

  public SurveyRound closingOn(LocalDate newCloses) {
    return new SurveyRound(
        id, municipality, title, wave, modules, opens, newCloses, status, instrument);
  }

  public SurveyRound closed() {
    return new SurveyRound(
        id, municipality, title, wave, modules, opens, closes, CLOSED, instrument);
  }
}
