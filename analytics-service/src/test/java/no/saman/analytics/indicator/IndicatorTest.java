package no.saman.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.saman.analytics.statistics.GroupStatistics;
import no.saman.analytics.statistics.ResponseMeasures;
import no.saman.analytics.statistics.SufficientStats;
import no.saman.analytics.support.FraenaAnswers;
import org.junit.jupiter.api.Test;

class IndicatorTest {

  @Test
  void shouldReproduceInstitusjonstenestasPublishedFigures() {
    GroupStatistics unit = statisticsOf(FraenaAnswers.institusjonstenesta());

    assertThat(unit.responses()).isEqualTo(57);
    assertThat(Indicator.AVG_POSITION_SIZE.value(unit).getAsDouble()).isEqualTo(3335.0 / 57);
    assertThat(Indicator.AVG_POSITION_SIZE.rounded(unit)).hasValue(58.51);
    assertThat(Indicator.WANTS_LARGER_SHARE.rounded(unit)).hasValue(0.42);
    assertThat(Indicator.HIDDEN_FTE.rounded(unit)).hasValue(5.39);
    assertThat(Indicator.FULL_TIME_SHARE.rounded(unit)).hasValue(0.18);
    assertThat(Indicator.INVOLUNTARY_PART_TIME_SHARE.rounded(unit)).hasValue(0.42);
  }

  @Test
  void shouldReproduceFraenasFiguresFromTheMergedUnits() {
    GroupStatistics municipality =
        statisticsOf(FraenaAnswers.institusjonstenesta())
            .merge(statisticsOf(FraenaAnswers.heimebaserteTenester()));

    assertThat(municipality.responses()).isEqualTo(200);
    assertThat(Indicator.AVG_POSITION_SIZE.rounded(municipality)).hasValue(71.05);
    assertThat(Indicator.WANTS_LARGER_SHARE.rounded(municipality)).hasValue(0.42);
    assertThat(Indicator.HIDDEN_FTE.rounded(municipality)).hasValue(20.39);
  }

  @Test
  void shouldHaveNoValueWhenNobodyAnsweredWhatTheIndicatorNeeds() {
    GroupStatistics onlyK1 = statisticsOf(List.of(Map.of("K1", 4)));

    assertThat(Indicator.AVG_POSITION_SIZE.value(onlyK1)).isEmpty();
    assertThat(Indicator.AVG_POSITION_SIZE.basis(onlyK1)).isZero();
  }

  @Test
  void shouldRoundHalfUpToTwoDecimals() {
    assertThat(Indicator.round(0.625)).isEqualTo(0.63);
    assertThat(Indicator.round(58.505)).isEqualTo(58.51);
    assertThat(Indicator.round(0.6153846)).isEqualTo(0.62);
  }

  @Test
  void shouldCountRespondentsPerPositionBand() {
    GroupStatistics unit = statisticsOf(FraenaAnswers.institusjonstenesta());

    assertThat(PositionSizeBands.of(unit))
        .containsExactly(
            new PositionSizeBands.Count("1–49 %", 20, 6),
            new PositionSizeBands.Count("50–74 %", 15, 19),
            new PositionSizeBands.Count("75–99 %", 12, 22),
            new PositionSizeBands.Count("100 %", 10, 10));
  }

  static GroupStatistics statisticsOf(List<Map<String, Object>> answers) {
    GroupStatistics group = GroupStatistics.EMPTY;
    for (Map<String, Object> a : answers) {
      ResponseMeasures m = ResponseMeasures.of(a);
      Map<String, SufficientStats> measures = new java.util.HashMap<>();
      m.values().forEach((id, x) -> measures.put(id, SufficientStats.of(x)));
      Map<String, Map<Integer, Long>> histograms = new java.util.HashMap<>();
      m.histogram().forEach((item, value) -> histograms.put(item, Map.of(value, 1L)));
      group = group.merge(new GroupStatistics(1, measures, histograms));
    }
    return group;
  }
}
