package no.saman.analytics.instrument;

import java.util.List;
import java.util.Map;

/**
 * One item of a round's instrument snapshot, as much of it as the statistics need.
 *
 * @param min the lowest answer of a numeric item, null when the instrument does not say
 * @param max the highest answer of a numeric item, null when the instrument does not say
 * @param scale the named scale (A5, Q5 …), null for plain integers and categories
 * @param choices the values of a choice or multi item, in display order
 * @param reverse whether the item counts reversed (min + max − x) in its indices
 * @param texts the question by language (nn, nb, en), for the export's codebook; empty when the
 *     round's snapshot did not carry them
 */
public record Item(
    String id,
    String module,
    ItemType type,
    Integer min,
    Integer max,
    String scale,
    List<String> choices,
    boolean reverse,
    Map<String, String> texts) {

  public Item {
    choices = choices == null ? List.of() : List.copyOf(choices);
    texts = texts == null ? Map.of() : Map.copyOf(texts);
  }

  /** An item without its question texts. */
  public Item(
      String id,
      String module,
      ItemType type,
      Integer min,
      Integer max,
      String scale,
      List<String> choices,
      boolean reverse) {
    this(id, module, type, min, max, scale, choices, reverse, Map.of());
  }

  /** The value an answer counts with in an index: reversed when the item is reverse-scored. */
  public double scored(int answer) {
    if (reverse && min != null && max != null) {
      return min + max - answer;
    }
    return answer;
  }

  /** Whether the item is on a 1–5 scale, where top box is 4–5 and bottom box 1–2. */
  public boolean isFivePointScale() {
    return type == ItemType.SCALE
        && Integer.valueOf(1).equals(min)
        && Integer.valueOf(5).equals(max);
  }
}
