package no.saman.analytics.goal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A goal as the API shows it, with its progress per wave (or register period) and its status:
 * achieved, on_track, behind or no_data; with the measures (tiltak) taken towards it.
 *
 * @param baselineDate when the baseline was measured (the baseline wave's first opening, the end of
 *     the baseline register period, or the day the goal was set when neither is known): where the
 *     goal's curve starts
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GoalView(
    long id,
    String municipality,
    @Nullable String unit,
    String indicator,
    double baseline,
    String baselineWave,
    String baselineDate,
    double target,
    String deadline,
    List<StepView> progress,
    String status,
    List<MeasureView> measures) {

  /**
   * One wave's (or period's) standing.
   *
   * @param wave the wave, or the register period
   * @param value absent when it may not be shown
   * @param progress (value − baseline) / (target − baseline), absent without a value
   * @param elapsed the share of the time from the baseline to the deadline passed by then
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record StepView(
      String wave,
      String date,
      @Nullable Double value,
      @Nullable Double progress,
      double elapsed,
      String status) {}
}
