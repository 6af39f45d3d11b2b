package no.saman.analytics.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A response as the statistics keep it: where it belongs and what was answered, with its date but
 * never a time of day.
 *
 * @param unitPath from the municipality code down to the respondent's unit
 * @param comments module id to the respondent's (screened) comment
 */
public record ResponseRecord(
    String responseId,
    String roundId,
    String municipality,
    List<String> unitPath,
    LocalDate submittedOn,
    String language,
    Map<String, String> background,
    Map<String, Object> answers,
    Map<String, String> comments) {

  public ResponseRecord {
    unitPath = List.copyOf(unitPath);
    background = background == null ? Map.of() : background;
    comments = comments == null ? Map.of() : comments;
  }

  /** The respondent's own unit. */
  public String unit() {
    return unitPath.get(unitPath.size() - 1);
  }
}
