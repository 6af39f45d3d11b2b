package no.saman.reports.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import no.saman.reports.goal.GoalStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LabelsTest {

  @Test
  void shouldHaveTheSameKeysInEveryLanguage() {
    var nynorsk = Labels.of(ReportLanguage.NYNORSK).bundle().keySet();

    for (ReportLanguage language : ReportLanguage.values()) {
      assertThat(Labels.of(language).bundle().keySet())
          .as(language.name())
          .containsExactlyInAnyOrderElementsOf(nynorsk);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void shouldLabelEveryIndicatorTheReportsKnowInFullAndShort(ReportLanguage language) {
    Labels labels = Labels.of(language);

    assertThat(Arrays.stream(IndicatorFormat.values()).map(i -> labels.indicator(i.id())))
        .doesNotContainNull()
        .doesNotHaveDuplicates();
    assertThat(Arrays.stream(IndicatorFormat.values()).map(i -> labels.indicatorShort(i.id())))
        .doesNotContainNull()
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void shouldLabelItemsAnswersAndGoalStatuses(ReportLanguage language) {
    Labels labels = Labels.of(language);

    assertThat(
            Stream.of("L1", "L2", "L3", "L4", "L5", "L6", "L7").map(id -> labels.get("item." + id)))
        .allSatisfy(text -> assertThat(text).startsWith("L"));
    assertThat(Stream.of(1, 2, 3, 4, 5).map(answer -> labels.get("k1." + answer)))
        .doesNotHaveDuplicates();
    assertThat(Arrays.stream(GoalStatus.values()).map(s -> labels.get("goal.status." + s.name())))
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldReadTheBundlesAsUtf8() {
    assertThat(Labels.of(ReportLanguage.NYNORSK).indicator("wants_larger_share"))
        .isEqualTo("Del som ønskjer større stilling");
    assertThat(Labels.of(ReportLanguage.BOKMAL).indicator("avg_position_size"))
        .isEqualTo("Gjennomsnittlig stillingsstørrelse");
    assertThat(Labels.of(ReportLanguage.NYNORSK).anonymityLegend(5))
        .isEqualTo("Grupper med færre enn 5 svar blir ikkje viste (for få svar).");
  }
}
