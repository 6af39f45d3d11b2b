package no.saman.reports.group;

import java.util.ArrayList;
import java.util.List;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.format.IndicatorFormat.Direction;

/**
 * Grades each group's value against a reference (the municipality, the network mean) from -2
 * (clearly worse) to 2 (clearly better), scaled by the largest difference in the column but never
 * by less than a difference that matters, so that near-equal groups stay uncoloured.
 */
public final class HeatMap {

  private HeatMap() {}

  /**
   * The level of each value, null where there is no value, or all null for an indicator that is
   * neither good nor bad (e.g. hidden full-time equivalents) or without a reference.
   */
  public static List<Integer> levels(
      IndicatorFormat indicator, Double reference, List<Double> values) {
    List<Integer> levels = new ArrayList<>(values.size());
    if (indicator.direction() == Direction.NEUTRAL || reference == null) {
      values.forEach(value -> levels.add(null));
      return levels;
    }
    int sign = indicator.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
    double scale = smallestMeaningfulDifference(indicator, reference);
    for (Double value : values) {
      if (value != null) {
        scale = Math.max(scale, Math.abs(value - reference));
      }
    }
    for (Double value : values) {
      if (value == null) {
        levels.add(null);
      } else {
        long level = Math.round(2 * sign * (value - reference) / scale);
        levels.add((int) Math.max(-2, Math.min(2, level)));
      }
    }
    return levels;
  }

  private static double smallestMeaningfulDifference(IndicatorFormat indicator, double reference) {
    return switch (indicator.kind()) {
      case SHARE -> 0.05;
      case PERCENT -> Math.max(1, Math.abs(reference) * 0.07);
      case SCALE_1_TO_5 -> 0.25;
      case NUMBER -> Math.max(0.1, Math.abs(reference) * 0.1);
    };
  }
}
