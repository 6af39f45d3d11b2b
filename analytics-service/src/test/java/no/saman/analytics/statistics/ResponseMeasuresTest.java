package no.saman.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseMeasuresTest {

  @Test
  void shouldDeriveThePositionMeasuresOfSomeoneWhoWantsMore() {
    ResponseMeasures m =
        ResponseMeasures.of(
            Map.of("H1", 60, "H2", 80, "H3", "yes", "H4", List.of("no_offer"), "H5", 3));

    assertThat(m.values())
        .containsOnly(
            entry("H1", 60.0),
            entry("H2", 80.0),
            entry("H5", 3.0),
            entry("wants_larger", 1.0),
            entry("hidden_fte_gap", 20.0),
            entry("full_time", 0.0),
            entry("involuntary_part_time", 1.0));
    assertThat(m.histogram()).containsOnly(entry("H1", 60), entry("H2", 80), entry("H5", 3));
  }

  @Test
  void shouldCountAFullTimerWhoIsContentAsNeitherWantingMoreNorHidingFte() {
    ResponseMeasures m = ResponseMeasures.of(Map.of("H1", 100, "H2", 100));

    assertThat(m.values())
        .contains(
            entry("full_time", 1.0),
            entry("wants_larger", 0.0),
            entry("hidden_fte_gap", 0.0),
            entry("involuntary_part_time", 0.0));
  }

  @Test
  void shouldNotCountAWishForASmallerPositionAsNegativeHiddenFte() {
    ResponseMeasures m = ResponseMeasures.of(Map.of("H1", 50, "H2", 30));

    assertThat(m.values()).contains(entry("hidden_fte_gap", 0.0), entry("wants_larger", 0.0));
  }

  @Test
  void shouldLeaveOutPositionSizesOutsideOneToHundred() {
    ResponseMeasures m = ResponseMeasures.of(Map.of("H1", 0, "H2", 150, "K1", 4));

    assertThat(m.values()).containsOnly(entry("K1", 4.0));
  }

  @Test
  void shouldDeriveOnlyFullTimeWhenTheDesiredPositionIsSkipped() {
    ResponseMeasures m = ResponseMeasures.of(Map.of("H1", 80));

    assertThat(m.values()).containsOnly(entry("H1", 80.0), entry("full_time", 0.0));
  }
}
