package no.saman.analytics.anonymity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place every group, figure and comment passes through before it leaves the service (domain
 * §6): primary suppression below k, secondary suppression against differencing between sub-units
 * and between background categories, the same per figure on the respondents each figure rests on,
 * and comments only for groups at the comment threshold, never for a category.
 */
public final class AnonymityGuard {

  private final AnonymityThreshold threshold;

  public AnonymityGuard(AnonymityThreshold threshold) {
    this.threshold = threshold;
  }

  public AnonymityThreshold threshold() {
    return threshold;
  }

  public Verdicts decide(GroupTable table) {
    int rows = table.rows().size();
    int columns = table.columns();
    int[] parent = new int[rows];
    long[][] responses = new long[rows][columns];
    Set<String> figureIds = new HashSet<>();
    for (int r = 0; r < rows; r++) {
      GroupTable.Row row = table.rows().get(r);
      parent[r] = row.parent();
      for (int c = 0; c < columns; c++) {
        responses[r][c] = row.cells().get(c).responses();
        figureIds.addAll(row.cells().get(c).bases().keySet());
      }
    }
    boolean[][] shown = Suppression.decide(parent, responses, null, threshold.k());
    boolean[][] hidden = new boolean[rows][columns];
    List<List<Set<String>>> figures = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<Set<String>> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        hidden[r][c] = !shown[r][c];
        row.add(new HashSet<>());
      }
      figures.add(row);
    }
    for (String id : figureIds) {
      long[][] bases = new long[rows][columns];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          bases[r][c] = table.rows().get(r).cells().get(c).bases().getOrDefault(id, 0L);
        }
      }
      boolean[][] figureShown = Suppression.decide(parent, bases, hidden, threshold.k());
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          if (figureShown[r][c]) {
            figures.get(r).get(c).add(id);
          }
        }
      }
    }
    return new Verdicts(table, shown, freeze(figures), comments(parent, responses, shown));
  }

  /** Comments follow the same rules on the totals with the comment threshold. */
  private boolean[] comments(int[] parent, long[][] responses, boolean[][] shown) {
    long[][] totals = new long[responses.length][1];
    for (int r = 0; r < responses.length; r++) {
      totals[r][0] = responses[r][0];
    }
    boolean[][] allowed = Suppression.decide(parent, totals, null, threshold.commentK());
    boolean[] comments = new boolean[responses.length];
    for (int r = 0; r < responses.length; r++) {
      comments[r] = allowed[r][0] && shown[r][0];
    }
    return comments;
  }

  private static List<List<Set<String>>> freeze(List<List<Set<String>>> figures) {
    List<List<Set<String>>> frozen = new ArrayList<>();
    for (List<Set<String>> row : figures) {
      frozen.add(row.stream().map(Set::copyOf).toList());
    }
    return List.copyOf(frozen);
  }
}
