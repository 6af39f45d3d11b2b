package no.saman.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import no.saman.analytics.statistics.SufficientStats;
import org.junit.jupiter.api.Test;

class CronbachAlphaTest {

  @Test
  void shouldGiveTheTextbookAlphaOfThreeItems() {
    // Four respondents: (1,2,2) (2,3,3) (4,4,5) (5,5,4); item variances 10/3, 5/3, 5/3;
    // totals 5, 8, 13, 14 with variance 18: α = 3/2 × (1 − (20/3) / 18) = 17/18.
    List<SufficientStats> items =
        List.of(
            SufficientStats.of(1, 2, 4, 5),
            SufficientStats.of(2, 3, 4, 5),
            SufficientStats.of(2, 3, 5, 4));

    assertThat(CronbachAlpha.of(items, SufficientStats.of(5, 8, 13, 14)).getAsDouble())
        .isCloseTo(17 / 18.0, within(1e-12));
  }

  @Test
  void shouldGiveNoAlphaWithoutTwoCasesTwoItemsOrAnyVarianceInTheTotal() {
    SufficientStats one = SufficientStats.of(3);

    assertThat(CronbachAlpha.of(List.of(one, one), one)).isEmpty();
    assertThat(CronbachAlpha.of(List.of(SufficientStats.of(1, 2)), SufficientStats.of(1, 2)))
        .isEmpty();
    assertThat(
            CronbachAlpha.of(
                List.of(SufficientStats.of(1, 2), SufficientStats.of(2, 1)),
                SufficientStats.of(3, 3)))
        .isEmpty();
  }
}
