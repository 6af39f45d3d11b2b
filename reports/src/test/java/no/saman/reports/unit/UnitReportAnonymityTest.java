package no.saman.reports.unit;

import static no.saman.reports.ReportExamples.institusjonstenesta;
import static no.saman.reports.ReportExamples.renderer;
import static no.saman.reports.ReportExamples.suppressedKitchen;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import no.saman.reports.ReportFormat;
import no.saman.reports.ReportRenderer;
import no.saman.reports.goal.Goal;
import no.saman.reports.goal.GoalMeasurement;
import no.saman.reports.goal.GoalStatus;
import no.saman.reports.unit.UnitReportModel.Change;
import no.saman.reports.unit.UnitReportModel.Comment;
import no.saman.reports.unit.UnitReportModel.CompetenceUseShare;
import no.saman.reports.unit.UnitReportModel.IndicatorRow;
import no.saman.reports.unit.UnitReportModel.ItemScore;
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
        UnitModels.with(kitchen, m -> m.responses(4)),
        UnitModels.with(kitchen, m -> m.responseRate(0.08)),
        UnitModels.with(
            kitchen,
            m -> m.indicators(List.of(new IndicatorRow("avg_position_size", 58.51, 71.05)))),
        UnitModels.with(
            kitchen,
            m ->
                m.indicators(
                    List.of(
                        new IndicatorRow(
                            "avg_position_size", null, 71.05, null, null, new Change(3, 1, 5))))),
        UnitModels.with(
            kitchen, m -> m.positionSizes(List.of(new PositionSizeBand("100 %", 2, 3)))),
        UnitModels.with(
            kitchen, m -> m.competenceUse(List.of(new CompetenceUseShare(5, 0.5, 0.2)))),
        UnitModels.with(kitchen, m -> m.leadershipItems(List.of(new ItemScore("L1", 3.0, 3.6)))),
        UnitModels.with(
            kitchen, m -> m.scaleIndices(List.of(new IndicatorRow("presence_index", 3.1, 3.7)))),
        UnitModels.with(
            kitchen, m -> m.comments(List.of(new Comment("HEILTID", "Eg vil ha meir.")))));
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

  @Test
  void shouldRefuseAGoalValueOfTheCurrentWaveWhenSuppressed() {
    Goal leaking =
        new Goal(
            "avg_position_size",
            "2012-baseline",
            48.2,
            60,
            "2015",
            List.of(new GoalMeasurement("2013-autumn", 51.0, GoalStatus.BEHIND)));
    UnitReportModel model = UnitModels.with(suppressedKitchen(), m -> m.goals(List.of(leaking)));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderUnitReport(model, ReportFormat.CSV, NYNORSK))
        .withMessageContaining("suppressed in 2013-autumn");
  }

  @Test
  void shouldRefuseAStatusForASuppressedMeasurement() {
    Goal leaking =
        new Goal(
            "avg_position_size",
            "2012-baseline",
            48.2,
            60,
            "2015",
            List.of(new GoalMeasurement("2013-spring", null, GoalStatus.BEHIND)));
    UnitReportModel model = UnitModels.with(institusjonstenesta(), m -> m.goals(List.of(leaking)));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderUnitReport(model, ReportFormat.PDF, NYNORSK))
        .withMessageContaining("has a status");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void shouldRefuseAnUnsuppressedUnitBelowTheThreshold(ReportFormat format) {
    UnitReportModel four = UnitModels.with(institusjonstenesta(), m -> m.responses(4));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderUnitReport(four, format, NYNORSK))
        .withMessageContaining("anonymity threshold (5)");
  }

  @Test
  void shouldRefuseCommentsBelowTheCommentThreshold() {
    ReportRenderer stricter = new ReportRenderer(5, 60);

    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> stricter.renderUnitReport(institusjonstenesta(), ReportFormat.PDF, NYNORSK))
        .withMessageContaining("comment threshold (60)");
  }

  @Test
  void shouldRefuseThresholdsBelowThreeOrCommentsBelowFigures() {
    assertThatIllegalArgumentException().isThrownBy(() -> new ReportRenderer(2));
    assertThatIllegalArgumentException().isThrownBy(() -> new ReportRenderer(5, 4));
  }

  @Test
  void shouldRefuseAnUnknownIndicatorOrItem() {
    UnaryOperator<UnitModels.Builder> unknownIndicator =
        m -> m.indicators(List.of(new IndicatorRow("sick_days_per_year", 6.9, 7.1)));
    UnaryOperator<UnitModels.Builder> unknownItem =
        m -> m.leadershipItems(List.of(new ItemScore("L8", 3.0, 3.1)));

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                renderer()
                    .renderUnitReport(
                        UnitModels.with(institusjonstenesta(), unknownIndicator),
                        ReportFormat.PDF,
                        NYNORSK))
        .withMessageContaining("sick_days_per_year");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                renderer()
                    .renderUnitReport(
                        UnitModels.with(institusjonstenesta(), unknownItem),
                        ReportFormat.CSV,
                        NYNORSK))
        .withMessageContaining("L8");
  }

  @Test
  void shouldRefuseAChangeWithoutAPreviousWave() {
    UnitReportModel model = UnitModels.with(institusjonstenesta(), m -> m.previousWave(null));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderUnitReport(model, ReportFormat.PDF, NYNORSK))
        .withMessageContaining("previousWave");
  }

  @Test
  void shouldRefuseAnUnsupportedLocale() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                renderer().renderUnitReport(institusjonstenesta(), ReportFormat.PDF, Locale.GERMAN))
        .withMessageContaining("nn, nb or en");
  }
}
