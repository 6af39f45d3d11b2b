package no.saman.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.support.Instruments;
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

  private static final Instrument ALL = Instruments.model(Instruments.all());

  @Test
  void shouldScoreThePresenceIndexWithN4ReversedOnceThreeOfFourAreAnswered() {
    ResponseMeasures m = ResponseMeasures.of(Map.of("N2", 4, "N4", 2, "N5", 5), ALL);

    assertThat(m.values()).containsEntry("index:presence_index", (4 + (6 - 2) + 5) / 3.0);
    assertThat(m.values()).doesNotContainKey("alpha:presence_index");
    assertThat(m.histogram()).containsEntry("N4", 2);
  }

  @Test
  void shouldKeepTheCompleteCaseSumsOfAnIndexForItsAlpha() {
    ResponseMeasures m = ResponseMeasures.of(Map.of("N2", 4, "N3", 3, "N4", 1, "N5", 5), ALL);

    assertThat(m.values())
        .contains(
            entry("index:presence_index", 4.25),
            entry("alpha:presence_index", 17.0),
            entry("alpha:presence_index:N2", 4.0),
            entry("alpha:presence_index:N3", 3.0),
            entry("alpha:presence_index:N4", 5.0),
            entry("alpha:presence_index:N5", 5.0));
  }

  @Test
  void shouldScoreMasteryLeadershipOnlyWithFiveOfSevenAnswered() {
    ResponseMeasures four = ResponseMeasures.of(Map.of("L1", 5, "L2", 4, "L3", 3, "L4", 4), ALL);
    ResponseMeasures five =
        ResponseMeasures.of(Map.of("L1", 5, "L2", 4, "L3", 3, "L4", 4, "L7", 2), ALL);

    assertThat(four.values()).doesNotContainKey("index:mastery_leadership_index");
    assertThat(five.values()).containsEntry("index:mastery_leadership_index", 18 / 5.0);
  }

  @Test
  void shouldCountTheKnownCategoriesOfChoiceAndMultiItemsButNeverFreeText() {
    ResponseMeasures m =
        ResponseMeasures.of(
            Map.of(
                "H3", "yes",
                "H4", List.of("care", "no_offer", "not-a-choice", "care"),
                "N1", "8-14",
                "P2", "mayor",
                "S2", "Fritekst"),
            ALL);

    assertThat(m.choices())
        .containsOnly(
            entry("H3", List.of("yes")),
            entry("H4", List.of("care", "no_offer")),
            entry("N1", List.of("8-14")));
    assertThat(m.values()).contains(entry("H3", 1.0), entry("H4", 2.0));
  }

  @Test
  void shouldLeaveOutAnswersThatDoNotFitTheirItem() {
    ResponseMeasures m =
        ResponseMeasures.of(Map.of("H5", 40, "K1", 6, "H3", 1, "H7", 3, "P1", 10), ALL);

    assertThat(m.values()).containsOnly(entry("H7", 3.0), entry("P1", 10.0));
  }
}
