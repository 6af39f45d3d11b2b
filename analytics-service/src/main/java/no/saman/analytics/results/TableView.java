package no.saman.analytics.results;

import java.util.ArrayList;
import java.util.List;
import no.saman.analytics.anonymity.AnonymityGuard;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.anonymity.GroupTable;
import no.saman.analytics.anonymity.Verdicts;
import no.saman.analytics.grouping.CellFigures;
import no.saman.analytics.grouping.ComparisonPool;
import no.saman.analytics.grouping.GroupTree;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.instrument.Instrument;

/**
 * A group tree with every cell's figures and the guard's verdicts on them: the only way results,
 * comparisons and reports get at a group's figures.
 */
public final class TableView {

  private final GroupTree tree;
  private final List<List<CellFigures>> cells = new ArrayList<>();
  private final Verdicts verdicts;

  private TableView(GroupTree tree, Instrument instrument, AnonymityGuard guard) {
    this.tree = tree;
    List<GroupTable.Row> rows = new ArrayList<>();
    for (GroupTree.Node node : tree.nodes()) {
      List<CellFigures> row = new ArrayList<>();
      List<GroupTable.Cell> cellsOfRow = new ArrayList<>();
      for (int c = 0; c < node.statistics().size(); c++) {
        CellFigures figures =
            CellFigures.of(node.statistics().get(c), c == 0 ? node.headcount() : null, instrument);
        row.add(figures);
        cellsOfRow.add(new GroupTable.Cell(figures.responses(), figures.bases()));
      }
      cells.add(row);
      rows.add(
          new GroupTable.Row(node.unit() == null ? "" : node.unit(), node.parent(), cellsOfRow));
    }
    this.verdicts = guard.decide(new GroupTable(rows, tree.categories()));
  }

  public static TableView of(GroupTree tree, Instrument instrument, AnonymityGuard guard) {
    return new TableView(tree, instrument, guard);
  }

  public GroupTree tree() {
    return tree;
  }

  /** The cell as it may be disclosed, each indicator beside its comparisons and change. */
  public Disclosure<GroupFigures> disclose(int row, int column, GroupFigures.Context context) {
    return verdicts.disclose(
        row, column, allowed -> GroupFigures.of(cells.get(row).get(column), allowed, context));
  }

  /** An indicator of a cell when the guard shows it, else null. */
  public Figure shownIndicator(int row, int column, String id) {
    return verdicts.figures(row, column).contains(id)
        ? cells.get(row).get(column).indicators().get(id)
        : null;
  }

  public boolean shown(int row, int column) {
    return verdicts.shown(row, column);
  }

  /** The number of responses of a shown cell; never call for a suppressed one. */
  public long shownResponses(int row, int column) {
    if (!verdicts.shown(row, column)) {
      throw new IllegalStateException("the cell is suppressed");
    }
    return cells.get(row).get(column).responses();
  }

  /** A shown cell as a member of a comparison pool, null for a suppressed one. */
  public ComparisonPool.Member member(int row, int column) {
    if (!verdicts.shown(row, column)) {
      return null;
    }
    GroupTree.Node node = tree.nodes().get(row);
    return new ComparisonPool.Member(
        node.statistics().get(column),
        column == 0 ? node.headcount() : null,
        verdicts.figures(row, column));
  }

  public boolean commentsShown(int row) {
    return verdicts.comments(row);
  }
}
