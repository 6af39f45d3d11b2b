package no.saman.analytics.drivers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Relative importance of drivers for one outcome in one group of respondents: each driver's
 * correlation with the outcome and Johnson's relative weight, with percentile bootstrap intervals
 * (resampling respondents with replacement, from a fixed seed so the answer is reproducible) for
 * the weight and for the driver's rank.
 *
 * @param drivers in the order of the sample's columns
 */
record DriverAnalysis(double rSquared, List<Driver> drivers, int resamples) {

  /**
   * One driver's figures.
   *
   * @param weight Johnson's raw relative weight ε (the weights add up to R²)
   * @param share ε / R²
   * @param weightLow the bootstrap 2.5 % quantile of ε
   * @param weightHigh the bootstrap 97.5 % quantile of ε
   * @param rank 1 for the largest weight
   * @param mean the driver's mean over the sample
   */
  record Driver(
      double correlation,
      double weight,
      double share,
      double weightLow,
      double weightHigh,
      int rank,
      int rankLow,
      int rankHigh,
      double mean) {}

  /** Resamples drawn for the intervals. */
  static final int RESAMPLES = 1000;

  /** Draws given up after this many degenerate resamples in a row (a driver that did not vary). */
  private static final int MAX_DEGENERATE = 1000;

  /**
   * @param rows each respondent's drivers followed by the outcome, at least two drivers
   * @return empty when a column does not vary or the drivers are collinear
   */
  static Optional<DriverAnalysis> of(double[][] rows, long seed) {
    Optional<RelativeWeights> point = Correlations.of(rows, null).flatMap(DriverAnalysis::weights);
    if (point.isEmpty()) {
      return Optional.empty();
    }
    Correlations correlations = Correlations.of(rows, null).orElseThrow();
    int p = rows[0].length - 1;
    int n = rows.length;
    double[][] weights = new double[p][RESAMPLES];
    int[][] ranks = new int[p][RESAMPLES];
    SplittableRandom random = new SplittableRandom(seed);
    int[] pick = new int[n];
    int degenerate = 0;
    for (int b = 0; b < RESAMPLES; ) {
      for (int i = 0; i < n; i++) {
        pick[i] = random.nextInt(n);
      }
      Optional<RelativeWeights> drawn =
          Correlations.of(rows, pick).flatMap(DriverAnalysis::weights);
      if (drawn.isEmpty()) {
        if (++degenerate > MAX_DEGENERATE) {
          return Optional.empty();
        }
        continue;
      }
      degenerate = 0;
      int[] rank = ranks(drawn.get().weights());
      for (int j = 0; j < p; j++) {
        weights[j][b] = drawn.get().weights()[j];
        ranks[j][b] = rank[j];
      }
      b++;
    }
    double[] w = point.get().weights();
    double r2 = point.get().rSquared();
    int[] rank = ranks(w);
    Driver[] drivers = new Driver[p];
    for (int j = 0; j < p; j++) {
      double[] sortedWeights = weights[j].clone();
      Arrays.sort(sortedWeights);
      int[] sortedRanks = ranks[j].clone();
      Arrays.sort(sortedRanks);
      drivers[j] =
          new Driver(
              correlations.rxy()[j],
              w[j],
              w[j] / r2,
              sortedWeights[lowIndex()],
              sortedWeights[highIndex()],
              rank[j],
              sortedRanks[lowIndex()],
              sortedRanks[highIndex()],
              mean(rows, j));
    }
    return Optional.of(new DriverAnalysis(r2, List.of(drivers), RESAMPLES));
  }

  private static Optional<RelativeWeights> weights(Correlations c) {
    return RelativeWeights.of(c.rxx(), c.rxy());
  }

  /** The percentile interval's ends by nearest rank: the 25th and the 975th of 1000 draws. */
  private static int lowIndex() {
    return (int) Math.ceil(0.025 * RESAMPLES) - 1;
  }

  private static int highIndex() {
    return (int) Math.ceil(0.975 * RESAMPLES) - 1;
  }

  /** 1 for the largest weight; ties share the better rank. */
  static int[] ranks(double[] weights) {
    int[] rank = new int[weights.length];
    for (int j = 0; j < weights.length; j++) {
      rank[j] = 1;
      for (double other : weights) {
        if (other > weights[j]) {
          rank[j]++;
        }
      }
    }
    return rank;
  }

  private static double mean(double[][] rows, int column) {
    double sum = 0;
    for (double[] row : rows) {
      sum += row[column];
    }
    return sum / rows.length;
  }
}
