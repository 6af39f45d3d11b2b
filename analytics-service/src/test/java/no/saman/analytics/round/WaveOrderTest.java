package no.saman.analytics.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WaveOrderTest {

  @Test
  void shouldOrderByYearThenSeasonWhateverTheOpeningDatesAndIds() {
    List<SurveyRound> shuffled =
        List.of(
            round("r-a", "2013-autumn", "2013-01-01", 1),
            round("r-b", "2012-autumn", "2013-01-01", 2),
            round("r-c", "2013-spring", "2013-01-01", 3),
            round("r-d", "2012-baseline", "2013-01-01", 4),
            round("r-e", "2013-haust", "2013-01-01", 5));

    List<String> waves =
        shuffled.stream().sorted(WaveOrder.EARLIEST_FIRST).map(SurveyRound::wave).toList();

    assertThat(waves)
        .containsExactly(
            "2012-baseline", "2012-autumn", "2013-spring", "2013-autumn", "2013-haust");
  }

  @Test
  void shouldOrderRoundsOfTheSameYearAndSeasonByCreationNotById() {
    SurveyRound first = round("r-zzz", "2013-autumn", "2013-09-01", 7);
    SurveyRound second = round("r-aaa", "2013-autumn", "2013-09-01", 8);

    assertThat(Stream.of(second, first).sorted(WaveOrder.LATEST_FIRST).toList())
        .containsExactly(second, first);
    assertThat(Stream.of(first, second).sorted(WaveOrder.LATEST_FIRST).toList())
        .containsExactly(second, first);
  }

  @Test
  void shouldTrustSurveyServicesCreationOrderOverTheOrderTheRoundsArrivedIn() {
    SurveyRound createdFirst = round("r-1", "2013-autumn", "2013-09-01", 41L, 8);
    SurveyRound createdSecond = round("r-2", "2013-autumn", "2013-09-01", 42L, 7);
    SurveyRound fromBeforeCreationWasSent = round("r-0", "2013-autumn", "2013-09-01", null, 9);

    assertThat(
            Stream.of(createdSecond, fromBeforeCreationWasSent, createdFirst)
                .sorted(WaveOrder.EARLIEST_FIRST)
                .toList())
        .containsExactly(fromBeforeCreationWasSent, createdFirst, createdSecond);
  }

  @Test
  void shouldPutAWaveWithoutASeasonWordAfterTheNamedSeasonsOfItsYear() {
    assertThat(WaveOrder.season("2013-follow-up-x1")).isEqualTo(WaveOrder.UNNAMED);
    assertThat(WaveOrder.season("2013-autumn-x1")).isLessThan(WaveOrder.UNNAMED);
    assertThat(WaveOrder.year("2013-autumn")).isEqualTo(2013);
  }

  private static SurveyRound round(String id, String wave, String opens, long arrival) {
    return round(id, wave, opens, null, arrival);
  }

  private static SurveyRound round(
      String id, String wave, String opens, Long created, long arrival) {
    LocalDate day = LocalDate.parse(opens);
    return new SurveyRound(
        id, "1548", "t", wave, "[]", day, day.plusWeeks(4), "open", created, arrival);
  }
}
