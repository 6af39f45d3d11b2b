package no.saman.analytics.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.anonymity.AnonymityGuard;
import no.saman.analytics.anonymity.GroupTable;
import no.saman.analytics.anonymity.Verdicts;
import no.saman.analytics.grouping.GroupTree;
import no.saman.analytics.indicator.Figure;

/**
 * The register figures of every group of a group tree for one quarter — each group's units' days
 * summed — through the same anonymity guard as the survey: the long-term healthy share rests on
 * counted employees, so it obeys the threshold and the differencing rules; the sick-leave
 * percentages are ratios of days the municipality reports per unit and are shown as they are.
 */
public final class RegisterTable {

  private final Period period;
  private final List<Map<String, Figure>> figures = new ArrayList<>();
  private final Verdicts verdicts;

  /**
   * @param lines the municipality's register lines (any periods)
   */
  public RegisterTable(
      GroupTree tree, List<SickLeaveStore.Stored> lines, Period period, AnonymityGuard guard) {
    this.period = period;
    Map<String, SickLeave> byUnit = new HashMap<>();
    for (SickLeaveStore.Stored line : lines) {
      if (line.period().equals(period)) {
        byUnit.merge(line.unit(), line.figures(), SickLeave::plus);
      }
    }
    List<GroupTable.Row> rows = new ArrayList<>();
    for (int r = 0; r < tree.nodes().size(); r++) {
      SickLeave sum = SickLeave.NONE;
      List<String> units = tree.subtreeUnits(r);
      for (String unit : r == 0 ? List.copyOf(byUnit.keySet()) : units) {
        sum = sum.plus(byUnit.getOrDefault(unit, SickLeave.NONE));
      }
      Map<String, Figure> row = RegisterIndicators.of(sum);
      figures.add(row);
      Map<String, Long> bases = new HashMap<>();
      row.forEach(
          (id, f) -> {
            if (RegisterIndicators.restsOnPersons(id)) {
              bases.put(id, f.basis());
            }
          });
      rows.add(
          new GroupTable.Row(
              String.valueOf(r),
              tree.nodes().get(r).parent(),
              List.of(new GroupTable.Cell(sum.headcountThreeYears(), bases))));
    }
    this.verdicts = guard.decide(new GroupTable(rows, List.of()));
  }

  public Period period() {
    return period;
  }

  /** The row's register figures the guard shows, in catalogue order. */
  public Map<String, Figure> shown(int row) {
    Map<String, Figure> shown = new LinkedHashMap<>();
    figures
        .get(row)
        .forEach(
            (id, f) -> {
              if (!RegisterIndicators.restsOnPersons(id) || verdicts.figures(row, 0).contains(id)) {
                shown.put(id, f);
              }
            });
    return shown;
  }
}
