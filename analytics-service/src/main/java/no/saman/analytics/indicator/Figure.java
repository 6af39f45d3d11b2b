package no.saman.analytics.indicator;

import java.util.Map;

/**
 * One indicator's exact value in one group, with what the anonymity rule and the change tests need:
 * how many respondents it rests on and their spread.
 *
 * @param value the exact value, null for a distribution
 * @param basis how many respondents (or, for register figures, employees) it rests on
 * @param variance for a mean, the sample variance of the per-respondent values; NaN otherwise
 * @param distribution for a distribution, category to share (0..1), in display order; else empty
 */
public record Figure(
    String id,
    Kind kind,
    Double value,
    long basis,
    double variance,
    Map<String, Double> distribution) {

  public Figure {
    distribution = distribution == null ? Map.of() : distribution;
  }

  static Figure of(String id, Kind kind, double value, long basis) {
    return new Figure(id, kind, value, basis, Double.NaN, Map.of());
  }

  static Figure mean(String id, double value, long basis, double variance) {
    return new Figure(id, Kind.MEAN, value, basis, variance, Map.of());
  }
}
