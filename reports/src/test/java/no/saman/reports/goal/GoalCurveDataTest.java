package no.saman.reports.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.saman.reports.format.FigureFormat;
import no.saman.reports.format.Labels;
import no.saman.reports.format.ReportLanguage;
import org.junit.jupiter.api.Test;

class GoalCurveDataTest {

  private static final Labels NYNORSK = Labels.of(ReportLanguage.NYNORSK);
  private static final FigureFormat FORMAT = new FigureFormat(ReportLanguage.NYNORSK);

  private static GoalAction action(String title, String starts, String ends) {
    return new GoalAction(title, "HR", "ongoing", starts, ends, List.of(), List.of(), 0, 0);
  }

  @Test
  void shouldStartAtTheBaselineOnItsOwnDateAndMarkEachMeasure() {
    Goal goal =
        new Goal(
            "avg_position_size",
            "2012-autumn",
            68.38,
            75,
            "2015-12-31",
            List.of(
                new GoalMeasurement("2013-autumn", 71.05, GoalStatus.ON_TRACK, "2013-09-02"),
                new GoalMeasurement("2014-autumn", null, null, "2014-09-01")),
            List.of(
                action("Heiltidsprosjekt", "2013-01-07", "2013-12-31"),
                action("Ønskt stilling", "2011-10-01", null)),
            "2012-09-03");

    GoalCurveData curve = GoalCurveData.of(goal, FORMAT, NYNORSK);

    long baseline = LocalDate.of(2012, 9, 3).toEpochDay();
    assertThat(curve.points())
        .as("the baseline first, then each shown measurement; none for a withheld one")
        .containsExactly(
            new GoalCurveData.Point(baseline, 68.38),
            new GoalCurveData.Point(LocalDate.of(2013, 9, 2).toEpochDay(), 71.05));
    assertThat(curve.marks())
        .containsExactly(
            new GoalCurveData.Mark(
                1, LocalDate.of(2013, 1, 7).toEpochDay(), LocalDate.of(2013, 12, 31).toEpochDay()),
            new GoalCurveData.Mark(2, LocalDate.of(2011, 10, 1).toEpochDay(), null));
    assertThat(curve.from())
        .as("the axis reaches back to a measure begun before the baseline")
        .isEqualTo(LocalDate.of(2011, 10, 1).toEpochDay());
    assertThat(curve.to()).isEqualTo(LocalDate.of(2015, 12, 31).toEpochDay());
    assertThat(curve.low()).isLessThan(68.38);
    assertThat(curve.high()).isGreaterThan(75);
    assertThat(curve.targetLabel()).isEqualTo("Målverdi 75,00 %");
    assertThat(curve.legend())
        .isEqualTo(
            "Tiltak: 1. Heiltidsprosjekt (7. januar 2013 – 31. desember 2013);"
                + " 2. Ønskt stilling (1. oktober 2011)");
  }

  @Test
  void shouldDrawNoCurveWithoutABaselineDate() {
    Goal goal = new Goal("avg_position_size", "2012-autumn", 68.38, 75, "2015", List.of());

    assertThat(GoalCurveData.of(goal, FORMAT, NYNORSK)).isNull();
  }
}
