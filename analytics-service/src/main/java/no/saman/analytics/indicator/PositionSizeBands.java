package no.saman.analytics.indicator;

import static no.saman.analytics.statistics.ResponseMeasures.CURRENT_POSITION;
import static no.saman.analytics.statistics.ResponseMeasures.DESIRED_POSITION;

import java.util.List;
import java.util.Map;
import no.saman.analytics.statistics.GroupStatistics;

/**
 * Counts respondents per position-size band for the current (H1) and the desired (H2) position, the
 * chart that shows how far apart what people have and what they want are.
 */
public final class PositionSizeBands {

  /** The bands in display order; bounds are inclusive percentages. */
  public static final List<Band> BANDS =
      List.of(
          new Band("1–49 %", 1, 49),
          new Band("50–74 %", 50, 74),
          new Band("75–99 %", 75, 99),
          new Band("100 %", 100, 100));

  private PositionSizeBands() {}

  /** One band's counts. */
  public record Count(String label, int current, int desired) {}

  /** One band of position sizes. */
  public record Band(String label, int from, int to) {

    boolean contains(int percent) {
      return percent >= from && percent <= to;
    }
  }

  /** The counts of every band, in display order, from the group's H1 and H2 histograms. */
  public static List<Count> of(GroupStatistics group) {
    Map<Integer, Long> current = group.histogram(CURRENT_POSITION);
    Map<Integer, Long> desired = group.histogram(DESIRED_POSITION);
    return BANDS.stream()
        .map(band -> new Count(band.label(), count(current, band), count(desired, band)))
        .toList();
  }

  private static int count(Map<Integer, Long> histogram, Band band) {
    long total = 0;
    for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
      if (band.contains(e.getKey())) {
        total += e.getValue();
      }
    }
    return Math.toIntExact(total);
  }
}
