package no.saman.analytics.grouping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.saman.analytics.statistics.GroupStatistics;
import no.saman.analytics.statistics.Segment;
import no.saman.analytics.statistics.UnitCell;

/**
 * A municipality's groups in one round (or wave): the municipality at the root, every unit below it
 * placed as its responses' unit paths say (units without responses as the organisation says), each
 * group with the merged statistics of its whole subtree, for everyone and per background category.
 * Rows come parents first.
 */
public final class GroupTree {

  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> categories;

  /**
   * One group.
   *
   * @param unit the unit code, null for the municipality
   * @param parent the parent row, −1 for the municipality
   * @param headcount employees asked in the subtree, null when the organisation names none of them
   * @param serviceType the unit's service type, null for the municipality or an unnamed unit
   * @param statistics column 0 everyone, then one per category
   */
  public record Node(
      String unit,
      String name,
      int parent,
      Long headcount,
      String serviceType,
      List<GroupStatistics> statistics) {}

  /**
   * @param everyone the units' cells for everyone
   * @param byCategory the units' cells of one background dimension, empty without a breakdown
   * @param dimension that dimension, null without a breakdown
   */
  public GroupTree(
      String municipality,
      String municipalityName,
      Collection<UnitCell> everyone,
      Collection<UnitCell> byCategory,
      String dimension,
      Map<String, UnitInfo> organisation) {
    this.categories =
        dimension == null
            ? List.of()
            : byCategory.stream()
                .map(c -> Segment.category(c.segment(), dimension).orElseThrow())
                .distinct()
                .sorted()
                .toList();
    Map<String, String> parents = parents(municipality, everyone, organisation);
    Map<String, List<String>> children = new TreeMap<>();
    parents.forEach(
        (unit, parent) -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(unit));
    children.values().forEach(list -> list.sort(String::compareTo));
    Deque<String> queue = new ArrayDeque<>();
    queue.add(municipality);
    List<String> order = new ArrayList<>();
    Map<String, Integer> parentRow = new HashMap<>();
    parentRow.put(municipality, -1);
    while (!queue.isEmpty()) {
      String code = queue.poll();
      index.put(code, order.size());
      order.add(code);
      for (String child : children.getOrDefault(code, List.of())) {
        if (!index.containsKey(child) && !queue.contains(child)) {
          parentRow.put(child, order.size() - 1);
          queue.add(child);
        }
      }
    }
    int columns = categories.size() + 1;
    List<List<GroupStatistics.Sum>> stats = new ArrayList<>();
    for (int r = 0; r < order.size(); r++) {
      List<GroupStatistics.Sum> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        row.add(new GroupStatistics.Sum());
      }
      stats.add(row);
    }
    addOwn(everyone, stats, c -> 0);
    addOwn(
        byCategory,
        stats,
        c -> 1 + categories.indexOf(Segment.category(c.segment(), dimension).orElseThrow()));
    Long[] headcounts = new Long[order.size()];
    for (int r = 0; r < order.size(); r++) {
      UnitInfo info = organisation.get(order.get(r));
      headcounts[r] = r > 0 && info != null ? info.headcount() : null;
    }
    for (int r = order.size() - 1; r > 0; r--) {
      int p = parentRow.get(order.get(r));
      for (int c = 0; c < columns; c++) {
        stats.get(p).get(c).add(stats.get(r).get(c));
      }
      if (headcounts[r] != null) {
        headcounts[p] = headcounts[p] == null ? headcounts[r] : headcounts[p] + headcounts[r];
      }
    }
    for (int r = 0; r < order.size(); r++) {
      String code = order.get(r);
      UnitInfo info = organisation.get(code);
      nodes.add(
          new Node(
              r == 0 ? null : code,
              r == 0 ? municipalityName : info == null ? null : info.name(),
              parentRow.get(code),
              headcounts[r],
              r == 0 || info == null ? null : info.serviceType(),
              stats.get(r).stream().map(GroupStatistics.Sum::total).toList()));
    }
  }

  private interface Column {
    int of(UnitCell cell);
  }

  private void addOwn(
      Collection<UnitCell> cells, List<List<GroupStatistics.Sum>> stats, Column column) {
    for (UnitCell cell : cells) {
      Integer row = index.get(cell.unit());
      if (row == null) {
        row = 0;
      }
      int c = column.of(cell);
      stats.get(row).get(c).add(cell.statistics());
    }
  }

  /**
   * Each unit's parent code (the municipality code for a top-level unit): from its responses'
   * latest path, else from the organisation; a parent that would make a cycle is replaced by the
   * root.
   */
  private static Map<String, String> parents(
      String municipality, Collection<UnitCell> cells, Map<String, UnitInfo> organisation) {
    Map<String, String> parents = new LinkedHashMap<>();
    for (UnitCell cell : cells) {
      List<String> path = cell.path();
      for (int i = 1; i < path.size(); i++) {
        if (!path.get(i).equals(municipality)) {
          parents.putIfAbsent(path.get(i), path.get(i - 1));
        }
      }
    }
    for (UnitInfo unit : organisation.values()) {
      parents.putIfAbsent(unit.code(), unit.parent() == null ? municipality : unit.parent());
    }
    for (Map.Entry<String, String> e : parents.entrySet()) {
      String parent = e.getValue();
      if (!parent.equals(municipality) && !parents.containsKey(parent)) {
        e.setValue(municipality);
      }
    }
    for (String unit : List.copyOf(parents.keySet())) {
      String seen = unit;
      for (int steps = 0; steps <= parents.size(); steps++) {
        seen = parents.getOrDefault(seen, municipality);
        if (seen.equals(municipality)) {
          break;
        }
        if (seen.equals(unit) || steps == parents.size()) {
          parents.put(unit, municipality);
          break;
        }
      }
    }
    return parents;
  }

  public List<Node> nodes() {
    return nodes;
  }

  /** The categories of the breakdown, in column order after everyone. */
  public List<String> categories() {
    return categories;
  }

  /** The row of a unit (or of the municipality for its own code), −1 when it has none. */
  public int row(String code) {
    return index.getOrDefault(code, -1);
  }

  /** The codes of a row's unit and every unit below it. */
  public List<String> subtreeUnits(int row) {
    List<String> units = new ArrayList<>();
    for (int r = 0; r < nodes.size(); r++) {
      for (int a = r; a >= 0; a = nodes.get(a).parent()) {
        if (a == row) {
          units.add(r == 0 ? null : nodes.get(r).unit());
          break;
        }
      }
    }
    units.removeIf(u -> u == null);
    return units;
  }
}
