package no.saman.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.statistics.GroupStatistics;
import no.saman.analytics.support.FraenaAnswers;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.StatisticsOf;
import org.junit.jupiter.api.Test;

/** The survey indicators of domain §4 against hand-computed values and published figures. */
class IndicatorTest {

  private static final Instrument ALL = Instruments.model(Instruments.all());

  /** The published figures have two decimals; the indicators keep every digit. */
  private static final org.assertj.core.data.Offset<Double> PUBLISHED = within(0.005);

  @Test
  void shouldReproduceInstitusjonstenestasPublishedFigures() {
    Map<String, Figure> unit = indicators(FraenaAnswers.institusjonstenesta(), 90L);

    assertThat(unit.get("responses").value()).isEqualTo(57);
    assertThat(unit.get("response_rate").value()).isCloseTo(0.63, PUBLISHED);
    assertThat(unit.get("avg_position_size").value()).isEqualTo(3335.0 / 57);
    assertThat(unit.get("avg_position_size").value()).isCloseTo(58.51, PUBLISHED);
    assertThat(unit.get("wants_larger_share").value()).isCloseTo(0.42, PUBLISHED);
    assertThat(unit.get("hidden_fte").value()).isCloseTo(5.39, PUBLISHED);
    assertThat(unit.get("hidden_fte_est").value()).isCloseTo(5.39 * 90 / 57, within(1e-9));
    assertThat(unit.get("full_time_share").value()).isCloseTo(0.18, PUBLISHED);
    assertThat(unit.get("involuntary_part_time_share").value()).isCloseTo(0.42, PUBLISHED);
    assertThat(unit.get("avg_position_size").kind()).isEqualTo(Kind.MEAN);
    assertThat(unit.get("wants_larger_share").kind()).isEqualTo(Kind.SHARE);
  }

  @Test
  void shouldReproduceFraenasFiguresFromTheMergedUnits() {
    List<Map<String, Object>> all = new ArrayList<>(FraenaAnswers.institusjonstenesta());
    all.addAll(FraenaAnswers.heimebaserteTenester());

    Map<String, Figure> municipality = indicators(all, 320L);

    assertThat(municipality.get("responses").value()).isEqualTo(200);
    assertThat(municipality.get("avg_position_size").value()).isCloseTo(71.05, PUBLISHED);
    assertThat(municipality.get("wants_larger_share").value()).isCloseTo(0.42, PUBLISHED);
    assertThat(municipality.get("hidden_fte").value()).isCloseTo(20.39, PUBLISHED);
    assertThat(municipality.get("full_time_share").value()).isCloseTo(0.4, PUBLISHED);
  }

  @Test
  void shouldShareOutCompetenceUseAsVeryWellAndAsFairlyWellOrWorse() {
    List<Map<String, Object>> answers = new ArrayList<>();
    for (int k1 : new int[] {5, 5, 4, 3, 2, 1, 4, 4, 5, 3}) {
      answers.add(Map.of("K1", k1));
    }

    Map<String, Figure> group = indicators(answers, null);

    assertThat(group.get("competence_use_very_well_share").value()).isEqualTo(0.3);
    assertThat(group.get("competence_use_poor_share").value()).isEqualTo(0.4);
    assertThat(group).doesNotContainKeys("response_rate", "hidden_fte_est", "avg_position_size");
  }

  @Test
  void shouldAverageTheLeadershipIndexOfThoseWithFiveOfSevenOnBothScales() {
    List<Map<String, Object>> answers =
        List.of(
            leadership(5, 5, 5, 5, 5, 5, 5),
            leadership(4, 4, 4, 3, 3, null, null),
            leadership(1, 2, 3, 4, null, null, null),
            leadership(2, 2, 2, 2, 2, 2, 3));

    Map<String, Figure> group = indicators(answers, null);

    double expected = (5 + 18 / 5.0 + 15 / 7.0) / 3;
    assertThat(group.get("mastery_leadership_index").value()).isCloseTo(expected, within(1e-12));
    assertThat(group.get("mastery_leadership_index").basis()).isEqualTo(3);
    assertThat(group.get("mastery_leadership_index_100").value())
        .isCloseTo((expected - 1) * 25, within(1e-12));
  }

  @Test
  void shouldReverseN4InThePresenceIndex() {
    Map<String, Figure> group =
        indicators(
            List.of(Map.of("N2", 5, "N3", 4, "N4", 1, "N5", 5), Map.of("N2", 3, "N3", 3, "N4", 5)),
            null);

    assertThat(group.get("presence_index").value())
        .isCloseTo((19 / 4.0 + 7 / 3.0) / 2, within(1e-12));
  }

  @Test
  void shouldComputeCronbachsAlphaFromCompleteCasesOnly() {
    List<Map<String, Object>> answers =
        List.of(
            Map.of("N2", 1, "N3", 2, "N4", 4, "N5", 1),
            Map.of("N2", 2, "N3", 3, "N4", 3, "N5", 2),
            Map.of("N2", 4, "N3", 4, "N4", 1, "N5", 4),
            Map.of("N2", 5, "N3", 5, "N4", 2, "N5", 5),
            Map.of("N2", 5, "N3", 1, "N5", 1));

    Map<String, Figure> group = indicators(answers, null);

    // Items N2, N3, 6 − N4, N5 over the four complete cases: variances 10/3, 5/3, 5/3, 10/3;
    // totals 6, 10, 17, 19: variance 110/3; α = 4/3 × (1 − 10 / (110/3)) = 32/33.
    assertThat(group.get("presence_index_alpha").value()).isCloseTo(32 / 33.0, within(1e-12));
    assertThat(group.get("presence_index_alpha").basis()).isEqualTo(4);
    assertThat(group.get("presence_index").basis()).isEqualTo(5);
  }

  @Test
  void shouldDistributeSelfReportedAbsenceInTheItemsOrderAndScorePartnership() {
    Map<String, Figure> group =
        indicators(
            List.of(
                Map.of("N1", "0", "P1", 7),
                Map.of("N1", "4-7", "P1", 9),
                Map.of("N1", "0", "P1", 4),
                Map.of("N1", "31_plus")),
            null);

    Figure absence = group.get("self_reported_absence_dist");
    assertThat(absence.value()).isNull();
    assertThat(absence.distribution().keySet())
        .containsExactly("0", "1-3", "4-7", "8-14", "15-30", "31_plus");
    assertThat(absence.distribution())
        .containsEntry("0", 0.5)
        .containsEntry("4-7", 0.25)
        .containsEntry("31_plus", 0.25)
        .containsEntry("1-3", 0.0);
    assertThat(group.get("partnership_score").value()).isCloseTo(20 / 3.0, within(1e-12));
    assertThat(group.get("partnership_score").basis()).isEqualTo(3);
  }

  @Test
  void shouldLeaveOutWhatNobodyAnswered() {
    Map<String, Figure> group = indicators(List.of(Map.of("K1", 4)), null);

    assertThat(group)
        .containsOnlyKeys(
            "responses", "competence_use_very_well_share", "competence_use_poor_share");
  }

  @Test
  void shouldCountRespondentsPerPositionBand() {
    GroupStatistics unit = StatisticsOf.answers(FraenaAnswers.institusjonstenesta(), ALL);

    assertThat(PositionSizeBands.of(unit))
        .containsExactly(
            new PositionSizeBands.Count("1–49 %", 20, 6),
            new PositionSizeBands.Count("50–74 %", 15, 19),
            new PositionSizeBands.Count("75–99 %", 12, 22),
            new PositionSizeBands.Count("100 %", 10, 10));
  }

  private static Map<String, Figure> indicators(List<Map<String, Object>> answers, Long headcount) {
    return SurveyIndicators.of(StatisticsOf.answers(answers, ALL), headcount, ALL);
  }

  private static Map<String, Object> leadership(Integer... answers) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < answers.length; i++) {
      if (answers[i] != null) {
        map.put("L" + (i + 1), answers[i]);
      }
    }
    return map;
  }
}
