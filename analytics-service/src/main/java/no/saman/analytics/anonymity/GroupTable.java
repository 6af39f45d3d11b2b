package no.saman.analytics.anonymity;

import java.util.List;
import java.util.Map;

/**
 * What the anonymity guard decides on: a tree of groups (a municipality and its units, or the
 * municipalities of a network under it) as rows, with everyone in column 0 and the categories of
 * one background dimension in the columns after it; each cell with its response count and the basis
 * of every figure it would show.
 *
 * @param rows parents before their children; row 0 is the root
 * @param categories the category of each column after the first; empty without a breakdown
 */
public record GroupTable(List<Row> rows, List<String> categories) {

  public GroupTable {
    rows = List.copyOf(rows);
    categories = List.copyOf(categories);
    for (Row row : rows) {
      if (row.cells().size() != categories.size() + 1) {
        throw new IllegalArgumentException("row " + row.id() + " needs one cell per column");
      }
    }
  }

  /**
   * One group.
   *
   * @param parent the parent row's index, −1 for the root
   * @param cells column 0 (everyone), then one per category
   */
  public record Row(String id, int parent, List<Cell> cells) {

    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One group (or category of a group).
   *
   * @param bases figure id to the number of respondents it rests on
   */
  public record Cell(long responses, Map<String, Long> bases) {

    public Cell {
      bases = Map.copyOf(bases);
    }
  }

  public int columns() {
    return categories.size() + 1;
  }
}
