package no.saman.reports.group;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A group's figures in one wave of a trend, already anonymity-checked: a suppressed wave carries no
 * figure and its point is left out of the trend chart.
 *
 * @param wave the wave label, e.g. "2012-baseline"
 * @param suppressed whether the group was below the anonymity threshold in that wave
 * @param responses number of responses, null when suppressed or not known
 * @param values indicator id → value; empty when suppressed
 */
public record WaveFigures(
    String wave, boolean suppressed, Integer responses, Map<String, Double> values) {

  public WaveFigures {
    values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of an indicator, null when the wave has none. */
  public Double value(String indicatorId) {
    return values.get(indicatorId);
  }
}
