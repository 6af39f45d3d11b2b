package no.saman.analytics.indicator;

import java.util.Optional;

/**
 * The change of an indicator from the previous round to this one with its 95 % confidence interval:
 * Welch's t interval for a mean (unequal variances, Welch–Satterthwaite degrees of freedom), the
 * Wald interval for the difference of two proportions for a share; counts, totals, ratios of a
 * census and alphas get the change only. Larger than chance when the interval leaves out zero.
 *
 * @param change current − previous
 * @param lower the interval's lower end, null without an interval
 * @param upper the interval's upper end, null without an interval
 * @param significant whether the interval leaves out zero, null without an interval
 */
public record Change(
    double previous, double change, Double lower, Double upper, Boolean significant) {

  /** The two-sided 95 % normal quantile. */
  static final double Z_975 = 1.959963984540054;

  /** The change between two figures of the same indicator, empty when either has no value. */
  public static Optional<Change> between(Figure current, Figure previous) {
    if (current.value() == null || previous.value() == null) {
      return Optional.empty();
    }
    double difference = current.value() - previous.value();
    return switch (current.kind()) {
      case MEAN -> Optional.of(welch(current, previous, difference));
      case SHARE -> Optional.of(twoProportions(current, previous, difference));
      default -> Optional.of(new Change(previous.value(), difference, null, null, null));
    };
  }

  private static Change welch(Figure a, Figure b, double difference) {
    if (a.basis() < 2
        || b.basis() < 2
        || Double.isNaN(a.variance())
        || Double.isNaN(b.variance())) {
      return new Change(b.value(), difference, null, null, null);
    }
    double va = a.variance() / a.basis();
    double vb = b.variance() / b.basis();
    double se = Math.sqrt(va + vb);
    if (se == 0) {
      return new Change(b.value(), difference, difference, difference, difference != 0);
    }
    double df = (va + vb) * (va + vb) / (va * va / (a.basis() - 1) + vb * vb / (b.basis() - 1));
    double half = StudentT.quantile(0.975, df) * se;
    return interval(b.value(), difference, half);
  }

  private static Change twoProportions(Figure a, Figure b, double difference) {
    double pa = a.value();
    double pb = b.value();
    double se = Math.sqrt(pa * (1 - pa) / a.basis() + pb * (1 - pb) / b.basis());
    if (se == 0) {
      return new Change(pb, difference, difference, difference, difference != 0);
    }
    return interval(pb, difference, Z_975 * se);
  }

  private static Change interval(double previous, double difference, double half) {
    double lower = difference - half;
    double upper = difference + half;
    return new Change(previous, difference, lower, upper, lower > 0 || upper < 0);
  }
}
