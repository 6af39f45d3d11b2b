package no.saman.analytics.goal;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a goal's figures come from: the survey, wave by wave, or the register, period by period;
 * every figure has passed the anonymity guard.
 */
interface MeasurementSource {

  /** Whether this source has the indicator. */
  boolean handles(String indicator);

  /** When the goal's baseline was measured, null when this source does not know. */
  LocalDate baselineDate(Goal goal);

  /** The goal's group's figures measured after the baseline, oldest first. */
  List<GoalProgress.Measurement> after(Goal goal, LocalDate baseline);
}
