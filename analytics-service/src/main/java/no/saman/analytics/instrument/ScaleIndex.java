package no.saman.analytics.instrument;

import java.util.List;

/**
 * A multi-item scale of a module: per respondent the mean of its (reverse-scored) items when at
 * least {@code minAnswered} are answered.
 *
 * @param items the item ids, in order
 */
public record ScaleIndex(String id, String module, List<String> items, int minAnswered) {

  public ScaleIndex {
    items = List.copyOf(items);
  }
}
