package no.saman.analytics.report;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import no.saman.reports.format.IndicatorFormat;

/**
 * Which of the service's indicators each report shows, in order, by the ids of GET /api/indicators
 * (the reports module prints them under the same ids). A report shows those its groups have.
 */
final class KeyIndicators {

  /** The unit report's summary table. */
  static final List<String> UNIT_SUMMARY =
      List.of(
          "avg_position_size",
          "full_time_share",
          "wants_larger_share",
          "involuntary_part_time_share",
          "hidden_fte",
          "hidden_fte_est",
          "competence_use_very_well_share",
          "competence_use_poor_share",
          "partnership_score");

  /** The register figures the unit report adds to its summary when the municipality has any. */
  static final List<String> REGISTER = List.of("sick_leave_pct", "long_term_healthy_share");

  /** The scale indices of the instrument catalogue, on 1–5. */
  static final List<String> INDICES =
      List.of("mastery_leadership_index", "competence_drivers_index", "presence_index");

  private static final Set<String> INDEX_SET = Set.copyOf(INDICES);

  /** The columns of the municipality report's unit table. */
  static final List<String> MUNICIPALITY =
      List.of(
          "avg_position_size",
          "full_time_share",
          "wants_larger_share",
          "involuntary_part_time_share",
          "hidden_fte",
          "competence_use_very_well_share",
          "mastery_leadership_index",
          "competence_drivers_index",
          "presence_index",
          "partnership_score");

  /**
   * The network comparison's indicators: means and shares only, since a total such as hidden FTE
   * grows with a municipality's size and pooling it is no mean.
   */
  static final List<String> NETWORK =
      List.of(
          "avg_position_size",
          "full_time_share",
          "wants_larger_share",
          "involuntary_part_time_share",
          "competence_use_very_well_share",
          "mastery_leadership_index",
          "competence_drivers_index",
          "presence_index",
          "partnership_score");

  /** What a report shows when none of its groups has a figure: the position-size indicators. */
  static final List<String> WHEN_NOTHING_IS_SHOWN =
      List.of(
          "avg_position_size",
          "full_time_share",
          "wants_larger_share",
          "involuntary_part_time_share",
          "hidden_fte");

  private KeyIndicators() {}

  /** The ids of {@code candidates} that some group has, in order; the fallback when none has. */
  static List<String> present(List<String> candidates, Predicate<String> anyGroupHas) {
    List<String> present = candidates.stream().filter(anyGroupHas).toList();
    return present.isEmpty() ? WHEN_NOTHING_IS_SHOWN : present;
  }

  /** Whether the reports can print an indicator, e.g. a goal's. */
  static boolean printable(String id) {
    return IndicatorFormat.isKnown(id);
  }

  static boolean isIndex(String id) {
    return INDEX_SET.contains(id);
  }
}
