package no.saman.analytics.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DriverAnalysisTest {

  /** Five correlated drivers on 1–5 and an outcome that depends on three of them, with noise. */
  private static double[][] survey(int n, long seed) {
    Random random = new Random(seed);
    double[][] rows = new double[n][6];
    for (int r = 0; r < n; r++) {
      double climate = random.nextGaussian();
      double[] latent = new double[5];
      for (int j = 0; j < 5; j++) {
        latent[j] = 0.6 * climate + 0.8 * random.nextGaussian();
        rows[r][j] = likert(3 + latent[j]);
      }
      double y = 0.7 * latent[0] + 0.4 * latent[2] + 0.2 * latent[4] + random.nextGaussian();
      rows[r][5] = likert(3 + 0.8 * y);
    }
    return rows;
  }

  private static double likert(double value) {
    return Math.max(1, Math.min(5, Math.round(value)));
  }

  @Test
  void shouldAgreeWithJohnsonsOwnRouteThroughTheSingularValueDecomposition() {
    for (long seed = 1; seed <= 5; seed++) {
      double[][] rows = survey(200 + (int) seed * 37, seed);
      DriverAnalysis analysis = DriverAnalysis.of(rows, 42).orElseThrow();
      JohnsonBySvd expected = JohnsonBySvd.of(rows);

      assertThat(analysis.rSquared()).isCloseTo(expected.rSquared, within(1e-9));
      for (int j = 0; j < 5; j++) {
        DriverAnalysis.Driver driver = analysis.drivers().get(j);
        assertThat(driver.weight()).isCloseTo(expected.weights[j], within(1e-9));
        assertThat(driver.correlation()).isCloseTo(expected.correlations[j], within(1e-9));
        assertThat(driver.share()).isCloseTo(expected.weights[j] / expected.rSquared, within(1e-9));
      }
    }
  }

  @Test
  void shouldSplitRSquaredExactlyAmongTheDrivers() {
    DriverAnalysis analysis = DriverAnalysis.of(survey(300, 7), 1).orElseThrow();

    double sum = analysis.drivers().stream().mapToDouble(DriverAnalysis.Driver::weight).sum();
    assertThat(sum).isCloseTo(analysis.rSquared(), within(1e-12));
  }

  @Test
  void shouldGiveOrthogonalDriversTheirSquaredCorrelations() {
    // With uncorrelated drivers Johnson's weight is r²: the textbook special case.
    double[][] rows = {
      {1, 1, 2},
      {1, -1, 0},
      {-1, 1, 1},
      {-1, -1, -2},
      {1, 1, 3},
      {1, -1, -1},
      {-1, 1, 0},
      {-1, -1, -1}
    };
    DriverAnalysis analysis = DriverAnalysis.of(rows, 3).orElseThrow();

    for (DriverAnalysis.Driver driver : analysis.drivers()) {
      assertThat(driver.weight())
          .isCloseTo(driver.correlation() * driver.correlation(), within(1e-12));
    }
  }

  @Test
  void shouldDrawTheSameIntervalsFromTheSameSeed() {
    double[][] rows = survey(150, 11);

    DriverAnalysis first = DriverAnalysis.of(rows, 99).orElseThrow();
    DriverAnalysis again = DriverAnalysis.of(rows, 99).orElseThrow();

    assertThat(again).isEqualTo(first);
    for (DriverAnalysis.Driver d : first.drivers()) {
      assertThat(d.weightLow()).isLessThanOrEqualTo(d.weightHigh());
      assertThat(d.rankLow()).isBetween(1, 5);
      assertThat(d.rankHigh()).isBetween(d.rankLow(), 5);
    }
    // The strongest driver of the model (the first) ranks first, surely.
    assertThat(first.drivers().get(0).rank()).isEqualTo(1);
    assertThat(first.drivers().get(0).rankHigh()).isEqualTo(1);
  }

  @Test
  void shouldRefuseAVariableThatDoesNotVary() {
    double[][] rows = survey(60, 5);
    Arrays.stream(rows).forEach(r -> r[1] = 3);

    assertThat(DriverAnalysis.of(rows, 1)).isEmpty();
  }

  @Test
  void shouldRefuseCollinearDrivers() {
    double[][] rows = survey(60, 6);
    Arrays.stream(rows).forEach(r -> r[1] = 6 - r[0]);

    assertThat(DriverAnalysis.of(rows, 1)).isEmpty();
  }
}
