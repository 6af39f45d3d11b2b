package no.saman.reports.action;

import java.util.List;

/**
 * The drivers section of a report: for one outcome, each driver's importance (Johnson's relative
 * weight as a share of R²) with its bootstrap interval, its rank and its own score — already gated
 * by the caller (a group below max(3k, 30) complete respondents has no such section).
 *
 * @param outcome K1, N6 or wants_larger
 * @param n the complete respondents
 * @param drivers most important first
 */
public record DriverFigures(String outcome, int n, double rSquared, List<Driver> drivers) {

  public DriverFigures {
    drivers = List.copyOf(drivers);
  }

  /**
   * @param share importance / R² (0..1), with its interval ends
   * @param score100 the driver's mean on 0–100
   */
  public record Driver(
      String id,
      double share,
      double shareLow,
      double shareHigh,
      int rank,
      int rankLow,
      int rankHigh,
      double score100) {}
}
