package no.saman.analytics.statistics;

/**
 * The sufficient statistics of one measure (count, sum and sum of squares), kept instead of the raw
 * values so that any group's mean and variance is a merge of its parts.
 *
 * @param n how many values
 * @param sum Σx
 * @param sumOfSquares Σx²
 */
public record SufficientStats(long n, double sum, double sumOfSquares) {

  public static final SufficientStats EMPTY = new SufficientStats(0, 0, 0);

  public SufficientStats {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
  }

  /** The statistics of a single value. */
  public static SufficientStats of(double x) {
    return new SufficientStats(1, x, x * x);
  }

  /** The statistics of the given values. */
  public static SufficientStats of(double... xs) {
    SufficientStats stats = EMPTY;
    for (double x : xs) {
      stats = stats.merge(of(x));
    }
    return stats;
  }

  /** The statistics of both groups together. */
  public SufficientStats merge(SufficientStats other) {
    return new SufficientStats(n + other.n, sum + other.sum, sumOfSquares + other.sumOfSquares);
  }

  /** The arithmetic mean; NaN when there are no values. */
  public double mean() {
    return n == 0 ? Double.NaN : sum / n;
  }

  /** The sample variance (divisor n − 1); NaN with fewer than two values. */
  public double sampleVariance() {
    if (n < 2) {
      return Double.NaN;
    }
    double variance = (sumOfSquares - sum * sum / n) / (n - 1);
    return Math.max(0, variance);
  }

  /** The sample standard deviation; NaN with fewer than two values. */
  public double sampleStandardDeviation() {
    return Math.sqrt(sampleVariance());
  }
}
