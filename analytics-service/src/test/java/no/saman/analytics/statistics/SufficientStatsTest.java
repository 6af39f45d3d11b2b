package no.saman.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SufficientStatsTest {

  @Test
  void shouldGiveMeanAndSampleVarianceOfTheValues() {
    SufficientStats stats = SufficientStats.of(2, 4, 4, 4, 5, 5, 7, 9);

    assertThat(stats.n()).isEqualTo(8);
    assertThat(stats.sum()).isEqualTo(40);
    assertThat(stats.sumOfSquares()).isEqualTo(232);
    assertThat(stats.mean()).isEqualTo(5.0);
    assertThat(stats.sampleVariance()).isCloseTo(32.0 / 7, within(1e-12));
    assertThat(stats.sampleStandardDeviation()).isCloseTo(2.138089935, within(1e-9));
  }

  @Test
  void shouldGiveTheSameWhenMergedAsWhenComputedTogether() {
    SufficientStats merged = SufficientStats.of(2, 4, 4).merge(SufficientStats.of(4, 5, 5, 7, 9));

    assertThat(merged).isEqualTo(SufficientStats.of(2, 4, 4, 4, 5, 5, 7, 9));
  }

  @Test
  void shouldHaveNoMeanWithoutValuesAndNoVarianceWithOne() {
    assertThat(SufficientStats.EMPTY.mean()).isNaN();
    assertThat(SufficientStats.of(3).mean()).isEqualTo(3.0);
    assertThat(SufficientStats.of(3).sampleVariance()).isNaN();
  }

  @Test
  void shouldNeverGiveANegativeVarianceForEqualValues() {
    assertThat(SufficientStats.of(0.1, 0.1, 0.1).sampleVariance()).isEqualTo(0.0);
  }
}
