package no.saman.reports.goal;

/**
 * A goal's indicator in one wave.
 *
 * @param wave e.g. "2013-autumn"
 * @param value the value, null when the group was suppressed in that wave (prints "for få svar")
 * @param status on track, behind or reached as judged by the caller; null when {@code value} is
 */
public record GoalMeasurement(String wave, Double value, GoalStatus status) {}
