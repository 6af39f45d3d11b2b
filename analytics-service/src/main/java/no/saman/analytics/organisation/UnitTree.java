package no.saman.analytics.organisation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A municipality's unit tree from the organisation copy, for names and for the headcount of a
 * subtree (a unit's own headcount plus its descendants').
 */
public final class UnitTree {

  private final Map<String, OrgUnit> byCode = new HashMap<>();
  private final Map<String, List<OrgUnit>> children = new HashMap<>();

  public UnitTree(Collection<OrgUnit> units) {
    for (OrgUnit unit : units) {
      byCode.put(unit.code(), unit);
    }
    for (OrgUnit unit : units) {
      if (unit.parent() != null) {
        children.computeIfAbsent(unit.parent(), p -> new ArrayList<>()).add(unit);
      }
    }
  }

  public Optional<OrgUnit> unit(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The headcount of a unit and all units below it; empty when the unit is not known. */
  public OptionalLong subtreeHeadcount(String code) {
    if (!byCode.containsKey(code)) {
      return OptionalLong.empty();
    }
    long total = 0;
    Set<String> seen = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(code));
    while (!pending.isEmpty()) {
      String current = pending.pop();
      if (seen.add(current)) {
        total += byCode.get(current).headcount();
        children.getOrDefault(current, List.of()).forEach(child -> pending.push(child.code()));
      }
    }
    return OptionalLong.of(total);
  }

  /** The headcount of the whole municipality; empty when no unit is known. */
  public OptionalLong totalHeadcount() {
    if (byCode.isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(byCode.values().stream().mapToLong(OrgUnit::headcount).sum());
  }
}
