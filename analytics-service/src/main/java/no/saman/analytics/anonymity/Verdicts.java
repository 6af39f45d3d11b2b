package no.saman.analytics.anonymity;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The guard's decision on a group table: which cells are shown, which of their figures, and which
 * rows may show comments; the only way to turn a cell into a {@link Disclosure}.
 */
public final class Verdicts {

  private final GroupTable table;
  private final boolean[][] shown;
  private final List<List<Set<String>>> figures;
  private final boolean[] comments;

  Verdicts(
      GroupTable table, boolean[][] shown, List<List<Set<String>>> figures, boolean[] comments) {
    this.table = table;
    this.shown = shown;
    this.figures = figures;
    this.comments = comments;
  }

  public boolean shown(int row, int column) {
    return shown[row][column];
  }

  /** The figures of a shown cell that may be shown; empty for a suppressed cell. */
  public Set<String> figures(int row, int column) {
    return shown[row][column] ? figures.get(row).get(column) : Set.of();
  }

  /** Whether the group of the row may show its comments: never for a category. */
  public boolean comments(int row) {
    return comments[row];
  }

  /**
   * The cell as it may be disclosed: its count and figures, built only from the figure ids allowed,
   * or only that it has too few responses.
   */
  public <T> Disclosure<T> disclose(int row, int column, Function<Set<String>, T> build) {
    if (!shown[row][column]) {
      return new Disclosure.Suppressed<>(Disclosure.TOO_FEW_RESPONSES);
    }
    return new Disclosure.Shown<>(
        table.rows().get(row).cells().get(column).responses(), build.apply(figures(row, column)));
  }
}
