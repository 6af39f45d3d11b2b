package no.saman.analytics.statistics;

import java.util.List;

/**
 * The statistics of every unit that has responses in one round, for everyone or one segment; any
 * group of units is a merge of them, so a group costs O(units), not O(responses).
 */
public record RoundStatistics(List<UnitCell> units) {

  public RoundStatistics {
    units = List.copyOf(units);
  }

  /** Whether any response of the round came from the unit or from a unit below it. */
  public boolean hasUnit(String code) {
    return units.stream().anyMatch(u -> u.isWithin(code));
  }

  /** The unit and everything below it. */
  public GroupStatistics subtree(String code) {
    return units.stream()
        .filter(u -> u.isWithin(code))
        .map(UnitCell::statistics)
        .reduce(GroupStatistics.EMPTY, GroupStatistics::merge);
  }

  /** Every unit of the round: the whole municipality. */
  public GroupStatistics whole() {
    return units.stream()
        .map(UnitCell::statistics)
        .reduce(GroupStatistics.EMPTY, GroupStatistics::merge);
  }
}
