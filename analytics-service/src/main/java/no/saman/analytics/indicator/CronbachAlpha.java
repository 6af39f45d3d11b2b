package no.saman.analytics.indicator;

import java.util.List;
import java.util.OptionalDouble;
import no.saman.analytics.statistics.SufficientStats;

/**
 * Cronbach's alpha of an m-item scale from sufficient statistics over its complete cases (the
 * respondents who answered every item): α = m / (m − 1) × (1 − Σ sᵢ² / s_T²), where sᵢ² is item i's
 * sample variance and s_T² that of the total score T = Σ items, both with divisor n − 1. Item
 * values are reverse-scored first, as in the index.
 */
public final class CronbachAlpha {

  private CronbachAlpha() {}

  /**
   * @param items each item's n, Σx, Σx² over the complete cases
   * @param total the total score's n, ΣT, ΣT² over the same cases
   * @return alpha, empty with fewer than two items or cases, or a total without variance
   */
  public static OptionalDouble of(List<SufficientStats> items, SufficientStats total) {
    int m = items.size();
    if (m < 2 || total.n() < 2) {
      return OptionalDouble.empty();
    }
    double totalVariance = total.sampleVariance();
    if (!(totalVariance > 0)) {
      return OptionalDouble.empty();
    }
    double itemVariances = 0;
    for (SufficientStats item : items) {
      if (item.n() != total.n()) {
        return OptionalDouble.empty();
      }
      itemVariances += item.sampleVariance();
    }
    return OptionalDouble.of(m / (m - 1.0) * (1 - itemVariances / totalVariance));
  }
}
