package no.saman.reports.goal;

import java.util.List;

/**
 * A goal of a municipality or unit (gevinstrealisering): an indicator taken from a baseline to a
 * target by a deadline, with the value measured in each wave since.
 *
 * @param indicatorId e.g. {@code avg_position_size}
 * @param baselineWave the wave of the baseline, e.g. "2012-baseline"
 * @param baselineValue e.g. 71.05
 * @param targetValue e.g. 75.0
 * @param deadline when the target is to be reached, as the organisation says it, e.g. "2015"
 * @param measurements the waves after the baseline, oldest first
 * @param actions the measures (tiltak) taken towards it, in the order they were added
 * @param baselineDate yyyy-mm-dd, when the baseline was measured: where the goal's curve starts;
 *     null when unknown (the PDF then prints no curve)
 */
public record Goal(
    String indicatorId,
    String baselineWave,
    double baselineValue,
    double targetValue,
    String deadline,
    List<GoalMeasurement> measurements,
    List<GoalAction> actions,
    String baselineDate) {

  public Goal {
    measurements = measurements == null ? List.of() : List.copyOf(measurements);
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  /** A goal without a baseline date (no curve). */
  public Goal(
      String indicatorId,
      String baselineWave,
      double baselineValue,
      double targetValue,
      String deadline,
      List<GoalMeasurement> measurements,
      List<GoalAction> actions) {
    this(
        indicatorId,
        baselineWave,
        baselineValue,
        targetValue,
        deadline,
        measurements,
        actions,
        null);
  }

  /** A goal without measures. */
  public Goal(
      String indicatorId,
      String baselineWave,
      double baselineValue,
      double targetValue,
      String deadline,
      List<GoalMeasurement> measurements) {
    this(indicatorId, baselineWave, baselineValue, targetValue, deadline, measurements, List.of());
  }

  /**
   * How far a value has come from the baseline towards the target: 0 at the baseline, 1 at the
   * target; null without a value or when baseline and target are equal.
   */
  public Double progress(Double value) {
    if (value == null || targetValue == baselineValue) {
      return null;
    }
    return (value - baselineValue) / (targetValue - baselineValue);
  }
}
