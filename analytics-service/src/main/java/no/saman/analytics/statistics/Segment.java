package no.saman.analytics.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slices every unit's statistics are kept in: everyone ({@code ""}), and per background
 * dimension one slice per category ({@code occupation=nurse}), so that a breakdown by background is
 * a merge of unit statistics too.
 */
public final class Segment {

  /** Every respondent of the unit. */
  public static final String ALL = "";

  /** The background dimensions a group can be broken down by. */
  public static final List<String> DIMENSIONS = List.of("occupation", "ageBand", "tenureBand");

  private static final int MAX_CATEGORY = 60;

  private Segment() {}

  /** The segments a respondent with this background counts in: everyone, and one per dimension. */
  public static List<String> of(Map<String, String> background) {
    List<String> segments = new ArrayList<>();
    segments.add(ALL);
    for (String dimension : DIMENSIONS) {
      String category = background.get(dimension);
      if (category != null && !category.isBlank() && category.length() <= MAX_CATEGORY) {
        segments.add(dimension + "=" + category);
      }
    }
    return segments;
  }

  /** The category of a segment of the dimension, empty for another dimension or everyone. */
  public static Optional<String> category(String segment, String dimension) {
    String prefix = dimension + "=";
    return segment.startsWith(prefix)
        ? Optional.of(segment.substring(prefix.length()))
        : Optional.empty();
  }
}
