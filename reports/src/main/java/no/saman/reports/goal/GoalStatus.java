package no.saman.reports.goal;

/** Where a goal stands in a wave, judged by the caller against the time left to the deadline. */
public enum GoalStatus {
  ON_TRACK,
  BEHIND,
  REACHED
}
