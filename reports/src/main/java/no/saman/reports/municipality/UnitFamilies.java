package no.saman.reports.municipality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.reports.group.GroupFigures;

/**
 * The differencing check of the municipality report (domain §6): for the total and every shown
 * unit, what its responses leave over after its shown sub-units — the suppressed sub-units and its
 * own respondents together — must be nothing or at least k respondents, or subtraction would reveal
 * a group below the threshold. A suppressed unit with no responses, or one pooled with enough
 * others, stays hidden; exactly one suppressed unit whose responses are all that is left over does
 * not.
 */
final class UnitFamilies {

  private UnitFamilies() {}

  static void requireNothingRecoverable(MunicipalityReportModel model, int threshold) {
    Map<String, GroupFigures> byName = new HashMap<>();
    for (GroupFigures unit : model.units()) {
      if (byName.put(unit.name(), unit) != null && anyParent(model)) {
        throw new IllegalArgumentException(
            "Unit names must be unique when units name their parent: " + unit.name());
      }
    }
    Map<String, List<GroupFigures>> children = new LinkedHashMap<>();
    for (GroupFigures unit : model.units()) {
      if (unit.parent() != null
          && (unit.parent().equals(unit.name()) || !byName.containsKey(unit.parent()))) {
        throw new IllegalArgumentException(
            "Unit " + unit.name() + " names a parent that is not a unit of the report");
      }
      children.computeIfAbsent(unit.parent(), p -> new ArrayList<>()).add(unit);
    }
    children.forEach(
        (parent, members) -> {
          GroupFigures head = parent == null ? model.total() : byName.get(parent);
          if (!head.suppressed()) {
            requireNothingRecoverable(head, members, threshold);
          }
        });
  }

  private static void requireNothingRecoverable(
      GroupFigures head, List<GroupFigures> members, int threshold) {
    long shown = 0;
    for (GroupFigures member : members) {
      shown += member.suppressed() ? 0 : member.responses();
    }
    long leftOver = head.responses() - shown;
    if (leftOver < 0) {
      throw new IllegalArgumentException(
          "The units under "
              + head.name()
              + " have more responses than it; a unit inside another must name it as its parent");
    }
    if (leftOver > 0 && leftOver < threshold) {
      throw new IllegalArgumentException(
          "What "
              + head.name()
              + " has beyond its shown units is below the anonymity threshold and could be"
              + " recovered by subtraction; suppress the next-smallest unit too");
    }
  }

  private static boolean anyParent(MunicipalityReportModel model) {
    return model.units().stream().anyMatch(u -> u.parent() != null);
  }
}
