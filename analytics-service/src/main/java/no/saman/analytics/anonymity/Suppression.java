package no.saman.analytics.anonymity;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which cells of a group table may be shown: rows are the groups of a tree (a municipality
 * and its units, parents before children), column 0 is everyone and columns 1… the categories of
 * one background dimension. A cell is shown only if it has at least k (primary suppression), its
 * parent row's cell and its own row's total are shown, and every family rule holds — the sub-units
 * of each shown cell per column, and the categories of each shown row ({@link FamilyRule}). When a
 * sub-unit family cannot be protected by its siblings the parent cell goes too; when a row's
 * categories cannot, the one category left equals the row's total and counts as known in its
 * column. The rules are applied until none changes anything, so the result satisfies all of them.
 */
final class Suppression {

  private Suppression() {}

  /**
   * @param parent each row's parent row, −1 for the root; a parent comes before its children
   * @param counts counts[row][column]: responses (or a figure's basis) of the cell
   * @param forced cells that are suppressed whatever their count, or null
   * @return shown[row][column]
   */
  static boolean[][] decide(int[] parent, long[][] counts, boolean[][] forced, int k) {
    int rows = counts.length;
    int columns = rows == 0 ? 0 : counts[0].length;
    boolean[][] shown = new boolean[rows][columns];
    boolean[][] known = new boolean[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        shown[r][c] = counts[r][c] >= k && (forced == null || !forced[r][c]);
      }
    }
    List<List<Integer>> children = children(parent);
    boolean changed = true;
    while (changed) {
      changed = inherit(parent, shown);
      for (int r = 0; r < rows; r++) {
        changed |= treeFamilies(r, children.get(r), counts, shown, known, k);
        if (columns > 1 && shown[r][0]) {
          changed |= categoryFamily(counts[r], shown[r], known[r], k);
        }
      }
    }
    return shown;
  }

  /** A cell under a suppressed parent cell, or beside a suppressed row total, is suppressed. */
  private static boolean inherit(int[] parent, boolean[][] shown) {
    boolean changed = false;
    for (int r = 0; r < shown.length; r++) {
      for (int c = 0; c < shown[r].length; c++) {
        boolean parentHidden = parent[r] >= 0 && !shown[parent[r]][c];
        boolean totalHidden = c > 0 && !shown[r][0];
        if (shown[r][c] && (parentHidden || totalHidden)) {
          shown[r][c] = false;
          changed = true;
        }
      }
    }
    return changed;
  }

  private static boolean treeFamilies(
      int r, List<Integer> kids, long[][] counts, boolean[][] shown, boolean[][] known, int k) {
    if (kids.isEmpty()) {
      return false;
    }
    boolean changed = false;
    for (int c = 0; c < counts[r].length; c++) {
      if (!shown[r][c]) {
        continue;
      }
      long[] childCounts = new long[kids.size()];
      byte[] state = new byte[kids.size()];
      for (int i = 0; i < kids.size(); i++) {
        int kid = kids.get(i);
        childCounts[i] = counts[kid][c];
        state[i] = state(shown[kid][c], known[kid][c] && shown[kid][0]);
      }
      FamilyRule.Outcome outcome = FamilyRule.apply(counts[r][c], childCounts, state, k);
      if (outcome == FamilyRule.Outcome.PARENT_EXPOSES_A_CHILD) {
        shown[r][c] = false;
        changed = true;
      } else if (outcome == FamilyRule.Outcome.CHILDREN_SUPPRESSED) {
        for (int i = 0; i < kids.size(); i++) {
          shown[kids.get(i)][c] = state[i] == FamilyRule.SHOWN;
        }
        changed = true;
      }
    }
    return changed;
  }

  private static boolean categoryFamily(long[] row, boolean[] shown, boolean[] known, int k) {
    int categories = row.length - 1;
    long[] counts = new long[categories];
    byte[] state = new byte[categories];
    for (int i = 0; i < categories; i++) {
      counts[i] = row[i + 1];
      state[i] = state(shown[i + 1], known[i + 1]);
    }
    FamilyRule.Outcome outcome = FamilyRule.apply(row[0], counts, state, k);
    if (outcome == FamilyRule.Outcome.PARENT_EXPOSES_A_CHILD) {
      for (int i = 0; i < categories; i++) {
        if (state[i] == FamilyRule.HIDDEN && counts[i] == row[0]) {
          known[i + 1] = true;
          return true;
        }
      }
      return false;
    }
    if (outcome == FamilyRule.Outcome.CHILDREN_SUPPRESSED) {
      for (int i = 0; i < categories; i++) {
        shown[i + 1] = state[i] == FamilyRule.SHOWN;
      }
      return true;
    }
    return false;
  }

  private static byte state(boolean shown, boolean known) {
    if (shown) {
      return FamilyRule.SHOWN;
    }
    return known ? FamilyRule.KNOWN : FamilyRule.HIDDEN;
  }

  private static List<List<Integer>> children(int[] parent) {
    List<List<Integer>> children = new ArrayList<>();
    for (int r = 0; r < parent.length; r++) {
      children.add(new ArrayList<>());
    }
    for (int r = 0; r < parent.length; r++) {
      if (parent[r] >= 0) {
        children.get(parent[r]).add(r);
      }
    }
    return children;
  }
}
