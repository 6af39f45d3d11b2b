package no.saman.reports.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.format.ReportLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnitLabelsTest {

  @Test
  void shouldHaveTheSameKeysInEveryLanguage() {
    var nynorsk = UnitLabels.of(ReportLanguage.NYNORSK).bundle().keySet();

    for (ReportLanguage language : ReportLanguage.values()) {
      assertThat(UnitLabels.of(language).bundle().keySet())
          .as(language.name())
          .containsExactlyInAnyOrderElementsOf(nynorsk);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void shouldLabelEveryIndicatorTheReportsKnow(ReportLanguage language) {
    UnitLabels labels = UnitLabels.of(language);

    assertThat(Arrays.stream(IndicatorFormat.values()).map(i -> labels.indicator(i.id())))
        .doesNotContainNull()
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldReadTheBundlesAsUtf8() {
    assertThat(UnitLabels.of(ReportLanguage.NYNORSK).indicator("wants_larger_share"))
        .isEqualTo("Del som ønskjer større stilling");
    assertThat(UnitLabels.of(ReportLanguage.BOKMAL).indicator("avg_position_size"))
        .isEqualTo("Gjennomsnittlig stillingsstørrelse");
    assertThat(UnitLabels.of(ReportLanguage.NYNORSK).anonymityLegend(5))
        .isEqualTo("Grupper med færre enn 5 svar blir ikkje viste (for få svar).");
  }
}
