package no.saman.reports;

import static no.saman.reports.UnitReportExamples.institusjonstenesta;
import static no.saman.reports.UnitReportExamples.renderer;
import static no.saman.reports.UnitReportExamples.suppressedKitchen;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import no.saman.reports.unit.UnitReportModel;
import no.saman.reports.unit.UnitReportModel.IndicatorRow;
import no.saman.reports.unit.UnitReportModel.PositionSizeBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class UnitReportAnonymityTest {

  private static final Locale NYNORSK = Locale.forLanguageTag("nn");

  static Stream<UnitReportModel> suppressedModelsCarryingAFigure() {
    UnitReportModel kitchen = suppressedKitchen();
    return Stream.of(
        copy(kitchen, 4, null, kitchen.indicators(), List.of()),
        copy(kitchen, null, 0.08, kitchen.indicators(), List.of()),
        copy(
            kitchen,
            null,
            null,
            List.of(new IndicatorRow("avg_position_size", 58.51, 71.05)),
            List.of()),
        copy(
            kitchen,
            null,
            null,
            kitchen.indicators(),
            List.of(new PositionSizeBand("100 %", 2, 3))));
  }

  @ParameterizedTest
  @MethodSource("suppressedModelsCarryingAFigure")
  void shouldRefuseASuppressedUnitThatCarriesAFigure(UnitReportModel model) {
    for (ReportFormat format : ReportFormat.values()) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> renderer().renderUnitReport(model, format, NYNORSK))
          .withMessageContaining("suppressed");
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void shouldRefuseAnUnsuppressedUnitBelowTheThreshold(ReportFormat format) {
    UnitReportModel example = institusjonstenesta();
    UnitReportModel four =
        copy(example, 4, 0.5, example.indicators(), example.positionSizes(), false);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderUnitReport(four, format, NYNORSK))
        .withMessageContaining("anonymity threshold (5)");
  }

  @Test
  void shouldRefuseAThresholdBelowThree() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ReportRenderer(2));
  }

  @Test
  void shouldRefuseAnUnknownIndicator() {
    UnitReportModel example = institusjonstenesta();
    UnitReportModel unknown =
        copy(
            example,
            57,
            0.63,
            List.of(new IndicatorRow("sick_leave_pct", 6.9, 7.1)),
            example.positionSizes(),
            false);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderUnitReport(unknown, ReportFormat.PDF, NYNORSK))
        .withMessageContaining("sick_leave_pct");
  }

  @Test
  void shouldRefuseAnUnsupportedLocale() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                renderer().renderUnitReport(institusjonstenesta(), ReportFormat.PDF, Locale.GERMAN))
        .withMessageContaining("nn, nb or en");
  }

  private static UnitReportModel copy(
      UnitReportModel model,
      Integer responses,
      Double responseRate,
      List<IndicatorRow> indicators,
      List<PositionSizeBand> positionSizes) {
    return copy(model, responses, responseRate, indicators, positionSizes, true);
  }

  private static UnitReportModel copy(
      UnitReportModel model,
      Integer responses,
      Double responseRate,
      List<IndicatorRow> indicators,
      List<PositionSizeBand> positionSizes,
      boolean suppressed) {
    return new UnitReportModel(
        model.municipalityName(),
        model.unitName(),
        model.roundTitle(),
        model.wave(),
        suppressed,
        responses,
        responseRate,
        indicators,
        positionSizes,
        model.generatedOn());
  }
}
