package no.saman.reports.goal;

/**
 * A goal's indicator in one wave.
 *
 * @param wave e.g. "2013-autumn"
 * @param value the value, null when the group was suppressed in that wave (prints "for få svar")
 * @param status on track, behind or reached as judged by the caller; null when {@code value} is
 * @param date yyyy-mm-dd, when it was measured (the wave's first opening): its place on the goal's
 *     curve; null when unknown
 */
public record GoalMeasurement(String wave, Double value, GoalStatus status, String date) {

  /** A measurement without a date (left off the curve). */
  public GoalMeasurement(String wave, Double value, GoalStatus status) {
    this(wave, value, status, null);
  }
}
