package no.saman.analytics.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one response's answers into the numeric measures the statistics keep: every integer answer
 * under its item id, plus the per-respondent values the position-size indicators are means and sums
 * of, so that those indicators come from merged statistics too.
 *
 * @param values measure id to this respondent's value
 * @param histogram item id to this respondent's integer answer, for distributions
 */
public record ResponseMeasures(Map<String, Double> values, Map<String, Integer> histogram) {

  /** Current position size in percent (1–100). */
  public static final String CURRENT_POSITION = "H1";

  /** Desired position size in percent (1–100). */
  public static final String DESIRED_POSITION = "H2";

  /** 1 when the desired position is larger than the current one (H2 > H1), else 0. */
  public static final String WANTS_LARGER = "wants_larger";

  /** The position percent a respondent wants on top of the current one: max(0, H2 − H1). */
  public static final String HIDDEN_FTE_GAP = "hidden_fte_gap";

  /** 1 when the respondent works full time (H1 = 100), else 0. */
  public static final String FULL_TIME = "full_time";

  /** 1 when the respondent works part time and wants more (H1 < 100 and H2 > H1), else 0. */
  public static final String INVOLUNTARY_PART_TIME = "involuntary_part_time";

  /** The items whose answers are position sizes in percent. */
  public static final List<String> POSITION_ITEMS = List.of(CURRENT_POSITION, DESIRED_POSITION);

  public ResponseMeasures {
    values = Map.copyOf(values);
    histogram = Map.copyOf(histogram);
  }

  /**
   * The measures of one response.
   *
   * @param answers item id to answer: integers become measures; text and lists are kept only with
   *     the stored answers
   */
  public static ResponseMeasures of(Map<String, ?> answers) {
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, Integer> histogram = new LinkedHashMap<>();
    answers.forEach(
        (item, answer) -> {
          Integer value = integerValue(answer);
          if (value != null && (!POSITION_ITEMS.contains(item) || isPositionSize(value))) {
            values.put(item, value.doubleValue());
            histogram.put(item, value);
          }
        });
    Integer current = histogram.get(CURRENT_POSITION);
    Integer desired = histogram.get(DESIRED_POSITION);
    if (current != null) {
      values.put(FULL_TIME, current == 100 ? 1.0 : 0.0);
    }
    if (current != null && desired != null) {
      values.put(WANTS_LARGER, desired > current ? 1.0 : 0.0);
      values.put(HIDDEN_FTE_GAP, (double) Math.max(0, desired - current));
      values.put(INVOLUNTARY_PART_TIME, current < 100 && desired > current ? 1.0 : 0.0);
    }
    return new ResponseMeasures(values, histogram);
  }

  private static Integer integerValue(Object answer) {
    if (answer instanceof Integer i) {
      return i;
    }
    if (answer instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return l.intValue();
    }
    return null;
  }

  private static boolean isPositionSize(int percent) {
    return percent >= 1 && percent <= 100;
  }
}
