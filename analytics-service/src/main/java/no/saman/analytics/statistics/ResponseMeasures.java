package no.saman.analytics.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.instrument.Item;
import no.saman.analytics.instrument.ItemType;
import no.saman.analytics.instrument.ScaleIndex;

/**
 * Turns one response's answers into what the statistics keep, by the round's instrument: every
 * numeric answer under its item id (with its histogram), the categories of choice and multi items,
 * the per-respondent values the position-size indicators are means and sums of, and per index the
 * respondent's score and complete-case item values for Cronbach's alpha — so that every indicator
 * comes from merged statistics.
 *
 * @param values measure id to this respondent's value
 * @param histogram item id to this respondent's integer answer, for distributions
 * @param choices item id to the categories this respondent chose
 */
public record ResponseMeasures(
    Map<String, Double> values, Map<String, Integer> histogram, Map<String, List<String>> choices) {

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
    choices = Map.copyOf(choices);
  }

  /** The measures of a response whose round's instrument is not known. */
  public static ResponseMeasures of(Map<String, ?> answers) {
    return of(answers, Instrument.UNKNOWN);
  }

  /**
   * The measures of one response.
   *
   * @param answers item id to answer: integers, choice values or lists of them; text is kept only
   *     with the stored answers
   * @param instrument the round's snapshot: an answer that does not fit its item is left out; with
   *     {@link Instrument#UNKNOWN} every integer counts and categories wait for the snapshot
   */
  public static ResponseMeasures of(Map<String, ?> answers, Instrument instrument) {
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, Integer> histogram = new LinkedHashMap<>();
    Map<String, List<String>> choices = new LinkedHashMap<>();
    answers.forEach(
        (id, answer) -> {
          Optional<Item> item = instrument.item(id);
          Integer number = integerValue(answer);
          if (number != null && fits(id, number, item)) {
            values.put(id, number.doubleValue());
            histogram.put(id, number);
          } else if (item.isPresent() && item.get().type().isCategorical()) {
            List<String> chosen = categories(item.get(), answer);
            if (!chosen.isEmpty()) {
              choices.put(id, chosen);
              values.put(id, (double) chosen.size());
            }
          }
        });
    addPositionMeasures(values, histogram);
    for (ScaleIndex index : instrument.indices()) {
      addIndexMeasures(values, histogram, instrument, index);
    }
    return new ResponseMeasures(values, histogram, choices);
  }

  private static boolean fits(String id, int number, Optional<Item> item) {
    if (item.isEmpty()) {
      return !POSITION_ITEMS.contains(id) || (number >= 1 && number <= 100);
    }
    Item known = item.get();
    return known.type().isNumeric()
        && (known.min() == null || number >= known.min())
        && (known.max() == null || number <= known.max());
  }

  /** The item's known choices in the answer, each once; a choice item takes one value only. */
  private static List<String> categories(Item item, Object answer) {
    List<Object> given = new ArrayList<>();
    if (item.type() == ItemType.CHOICE && answer instanceof String text) {
      given.add(text);
    } else if (item.type() == ItemType.MULTI && answer instanceof List<?> list) {
      given.addAll(list);
    }
    LinkedHashSet<String> chosen = new LinkedHashSet<>();
    for (Object value : given) {
      if (value instanceof String text
          && (item.choices().isEmpty() || item.choices().contains(text))) {
        chosen.add(text);
      }
    }
    return List.copyOf(chosen);
  }

  private static void addPositionMeasures(
      Map<String, Double> values, Map<String, Integer> numbers) {
    Integer current = numbers.get(CURRENT_POSITION);
    Integer desired = numbers.get(DESIRED_POSITION);
    if (current != null) {
      values.put(FULL_TIME, current == 100 ? 1.0 : 0.0);
    }
    if (current != null && desired != null) {
      values.put(WANTS_LARGER, desired > current ? 1.0 : 0.0);
      values.put(HIDDEN_FTE_GAP, (double) Math.max(0, desired - current));
      values.put(INVOLUNTARY_PART_TIME, current < 100 && desired > current ? 1.0 : 0.0);
    }
  }

  /**
   * The respondent's index score when at least minAnswered of its items are answered, and, when all
   * are, the scored items and their total for the index's alpha.
   */
  private static void addIndexMeasures(
      Map<String, Double> values,
      Map<String, Integer> numbers,
      Instrument instrument,
      ScaleIndex index) {
    Map<String, Double> scored = new LinkedHashMap<>();
    for (String id : index.items()) {
      Integer answer = numbers.get(id);
      if (answer != null) {
        scored.put(id, instrument.item(id).orElseThrow().scored(answer));
      }
    }
    if (scored.isEmpty() || scored.size() < index.minAnswered()) {
      return;
    }
    double total = scored.values().stream().mapToDouble(Double::doubleValue).sum();
    values.put(Measures.index(index.id()), total / scored.size());
    if (scored.size() == index.items().size()) {
      values.put(Measures.alphaTotal(index.id()), total);
      scored.forEach((id, x) -> values.put(Measures.alphaItem(index.id(), id), x));
    }
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
}
