package no.saman.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Changes between rounds against values from scipy.stats (t.ppf, norm.ppf). */
class ChangeTest {

  @Test
  void shouldGiveStudentsTQuantiles() {
    assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.228138851986274, within(1e-9));
    assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706204736174694, within(1e-7));
    assertThat(StudentT.quantile(0.975, 19.190545987541217))
        .isCloseTo(2.0916183607469203, within(1e-9));
    assertThat(StudentT.cdf(0, 7)).isCloseTo(0.5, within(1e-15));
    assertThat(StudentT.quantile(0.975, 1e7)).isCloseTo(Change.Z_975, within(1e-5));
  }

  @Test
  void shouldGiveWelchsIntervalForAChangeOfMean() {
    Figure now = Figure.mean("avg_position_size", 5, 10, 4);
    Figure before = Figure.mean("avg_position_size", 4, 12, 9);

    Change change = Change.between(now, before).orElseThrow();

    assertThat(change.previous()).isEqualTo(4);
    assertThat(change.change()).isEqualTo(1);
    assertThat(change.lower()).isCloseTo(-1.2430108051602602, within(1e-9));
    assertThat(change.upper()).isCloseTo(3.24301080516026, within(1e-9));
    assertThat(change.significant()).isFalse();
  }

  @Test
  void shouldGiveTheTwoProportionIntervalForAChangeOfShare() {
    Figure now = Figure.of("wants_larger_share", Kind.SHARE, 0.42, 200);
    Figure before = Figure.of("wants_larger_share", Kind.SHARE, 0.30, 150);

    Change change = Change.between(now, before).orElseThrow();

    assertThat(change.change()).isCloseTo(0.12, within(1e-12));
    assertThat(change.lower()).isCloseTo(0.019715708146404, within(1e-12));
    assertThat(change.upper()).isCloseTo(0.220284291853596, within(1e-12));
    assertThat(change.significant()).isTrue();
  }

  @Test
  void shouldGiveOnlyTheChangeOfATotal() {
    Change change =
        Change.between(
                Figure.of("hidden_fte", Kind.TOTAL, 20.39, 200),
                Figure.of("hidden_fte", Kind.TOTAL, 25, 180))
            .orElseThrow();

    assertThat(change.change()).isCloseTo(-4.61, within(1e-12));
    assertThat(change.lower()).isNull();
    assertThat(change.significant()).isNull();
  }
}
