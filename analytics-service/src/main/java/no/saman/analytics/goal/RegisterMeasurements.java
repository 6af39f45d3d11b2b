package no.saman.analytics.goal;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import no.saman.analytics.anonymity.AnonymityGuard;
import no.saman.analytics.grouping.GroupTree;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.indicator.IndicatorCatalogue;
import no.saman.analytics.indicator.IndicatorInfo;
import no.saman.analytics.indicator.Source;
import no.saman.analytics.register.Period;
import no.saman.analytics.register.RegisterTable;
import no.saman.analytics.register.SickLeaveStore;
import no.saman.analytics.results.RoundReader;

/**
 * A goal's register figures: its group in each quarter reported after the baseline quarter, as the
 * anonymity guard shows them, dated by the quarter's last day.
 */
@Singleton
class RegisterMeasurements implements MeasurementSource {

  private final SickLeaveStore sickLeave;
  private final RoundReader reader;
  private final AnonymityGuard guard;

  RegisterMeasurements(SickLeaveStore sickLeave, RoundReader reader, AnonymityGuard guard) {
    this.sickLeave = sickLeave;
    this.reader = reader;
    this.guard = guard;
  }

  @Override
  public boolean handles(String indicator) {
    return IndicatorCatalogue.fixed(indicator).map(IndicatorInfo::source).orElse(Source.SURVEY)
        == Source.REGISTER;
  }

  @Override
  public LocalDate baselineDate(Goal goal) {
    Period period = Period.parse(goal.baselineWave());
    return period == null ? null : period.end();
  }

  @Override
  public List<GoalProgress.Measurement> after(Goal goal, LocalDate baseline) {
    List<SickLeaveStore.Stored> lines = sickLeave.of(goal.municipality());
    GroupTree tree =
        new GroupTree(
            goal.municipality(),
            null,
            List.of(),
            List.of(),
            null,
            reader.organisation(goal.municipality()));
    int row = goal.unit() == null ? 0 : tree.row(goal.unit());
    TreeSet<Period> periods = new TreeSet<>();
    lines.forEach(l -> periods.add(l.period()));
    List<GoalProgress.Measurement> measurements = new ArrayList<>();
    for (Period period : periods) {
      if (!period.end().isAfter(baseline)) {
        continue;
      }
      Double value = null;
      if (row >= 0) {
        Figure figure =
            new RegisterTable(tree, lines, period, guard).shown(row).get(goal.indicator());
        value = figure == null ? null : figure.value();
      }
      measurements.add(new GoalProgress.Measurement(period.toString(), period.end(), value));
    }
    return measurements;
  }
}
