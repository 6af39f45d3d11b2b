package no.saman.analytics.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an export makes its rows k-anonymous (domain §6) before any leaves the service. Each response
 * is released under the group of its nearest unit the results show (the guard's verdicts); a group
 * that would release fewer than k rows hands them on to its nearest shown ancestor, and the whole
 * municipality takes in its smallest groups until it has k. Within each released group the
 * background is generalised, the same way for the whole group, along the ladders of {@link
 * Background} — choosing the scheme that loses least — and the rows of any combination still below
 * k lose their background altogether (with more combinations when those are fewer than k), so that
 * every released combination of group and background occurs at least k times.
 */
public final class ReleasePlan {

  private static final List<int[]> SCHEMES = schemes();

  private final int[] groupOf;
  private final Map<Integer, Map<List<String>, List<String>>> recoding;

  private ReleasePlan(int[] groupOf, Map<Integer, Map<List<String>, List<String>>> recoding) {
    this.groupOf = groupOf;
    this.recoding = recoding;
  }

  /**
   * @param parent each tree row's parent row, -1 for the municipality (row 0)
   * @param shown whether the guard shows each row's group
   * @param counts per tree row, how many responses have each background (from {@link
   *     Background#of})
   */
  public static ReleasePlan of(
      int[] parent, boolean[] shown, Map<Integer, Map<List<String>, Long>> counts, int k) {
    int rows = parent.length;
    int[] target = new int[rows];
    long[] released = new long[rows];
    for (int r = 0; r < rows; r++) {
      target[r] = nearestShown(r, parent, shown);
    }
    counts.forEach(
        (row, byBackground) -> {
          int g = target[row];
          if (g >= 0) {
            released[g] += byBackground.values().stream().mapToLong(Long::longValue).sum();
          }
        });
    Integer[] deepestFirst = new Integer[rows];
    int[] depth = depths(parent);
    for (int r = 0; r < rows; r++) {
      deepestFirst[r] = r;
    }
    Arrays.sort(
        deepestFirst, Comparator.comparingInt((Integer r) -> -depth[r]).thenComparing(r -> -r));
    int[] mergedInto = new int[rows];
    Arrays.fill(mergedInto, -1);
    for (int g : deepestFirst) {
      if (g == 0 || !shown[g] || released[g] == 0 || released[g] >= k) {
        continue;
      }
      int up = nearestShown(parent[g], parent, shown);
      if (up < 0) {
        released[g] = 0;
        continue;
      }
      mergedInto[g] = up;
      released[up] += released[g];
      released[g] = 0;
    }
    if (shown.length > 0 && shown[0] && released[0] > 0 && released[0] < k) {
      List<Integer> smallestFirst = new ArrayList<>();
      for (int g = 1; g < rows; g++) {
        if (shown[g] && released[g] > 0) {
          smallestFirst.add(g);
        }
      }
      smallestFirst.sort(
          Comparator.comparingLong((Integer g) -> released[g]).thenComparing(g -> g));
      for (int g : smallestFirst) {
        if (released[0] >= k) {
          break;
        }
        mergedInto[g] = 0;
        released[0] += released[g];
        released[g] = 0;
      }
    }
    int[] groupOf = new int[rows];
    for (int r = 0; r < rows; r++) {
      int g = target[r];
      while (g >= 0 && mergedInto[g] >= 0) {
        g = mergedInto[g];
      }
      groupOf[r] = g >= 0 && released[g] >= k ? g : -1;
    }
    // The first row of a group lends its counts as the group's, so that a network's wave (a row
    // and a group per municipality) keeps one copy of its hundreds of thousands of combinations.
    Map<Integer, Map<List<String>, Long>> byGroup = new HashMap<>();
    Set<Integer> summed = new HashSet<>();
    counts.forEach(
        (row, byBackground) -> {
          int g = groupOf[row];
          if (g < 0) {
            return;
          }
          if (byGroup.putIfAbsent(g, byBackground) == null) {
            return; // lent, only read
          }
          if (summed.add(g)) {
            byGroup.put(g, new HashMap<>(byGroup.get(g)));
          }
          Map<List<String>, Long> sum = byGroup.get(g);
          byBackground.forEach((background, n) -> sum.merge(background, n, Long::sum));
        });
    Map<Integer, Map<List<String>, List<String>>> recoding = new HashMap<>();
    byGroup.forEach((g, group) -> recoding.put(g, generalise(group, k)));
    return new ReleasePlan(groupOf, recoding);
  }

  /** The row of the group a response of this tree row is released under, -1 for none. */
  public int group(int row) {
    return row >= 0 && row < groupOf.length ? groupOf[row] : -1;
  }

  /**
   * The background a response of this tree row is released with, null when the response is not
   * released (its group, or this background, was not in the counts the plan was made from).
   */
  public List<String> release(int row, List<String> background) {
    int g = group(row);
    if (g < 0) {
      return null;
    }
    return recoding.getOrDefault(g, Map.of()).get(background);
  }

  /**
   * The best scheme for one group, with the suppression it needs: the first of the least loss. A
   * scheme's coarsening alone costs at least {@link CodedGroup#coarseningLoss}, and suppression
   * only adds to that, so a scheme whose coarsening already loses as much as the best so far is
   * skipped without being applied (the same choice, without trying most of the 81 schemes on every
   * group).
   */
  private static Map<List<String>, List<String>> generalise(Map<List<String>, Long> group, int k) {
    CodedGroup coded = new CodedGroup(group);
    long[][] coarsening = coded.coarseningLoss();
    CodedGroup.Applied best = null;
    for (int[] scheme : SCHEMES) {
      long atLeast = 0;
      for (int d = 0; d < scheme.length; d++) {
        atLeast += coarsening[d][scheme[d]];
      }
      if (best != null && atLeast >= best.loss()) {
        continue;
      }
      CodedGroup.Applied candidate = coded.apply(scheme, k);
      if (best == null || candidate.loss() < best.loss()) {
        best = candidate;
      }
      if (best.loss() == 0) {
        break;
      }
    }
    return coded.recoding(best);
  }

  /**
   * Every combination of ladder steps, least generalised first; among equals, occupation and
   * position size are kept longest (they carry most of the analysis).
   */
  private static List<int[]> schemes() {
    int dimensions = Background.COLUMNS.size();
    List<int[]> all = new ArrayList<>();
    int total = (int) Math.pow(Background.LEVELS, dimensions);
    for (int n = 0; n < total; n++) {
      int[] scheme = new int[dimensions];
      for (int d = 0, rest = n; d < dimensions; d++, rest /= Background.LEVELS) {
        scheme[d] = rest % Background.LEVELS;
      }
      all.add(scheme);
    }
    all.sort(
        Comparator.comparingInt((int[] s) -> Arrays.stream(s).sum())
            .thenComparingInt(s -> s[0])
            .thenComparingInt(s -> s[3])
            .thenComparingInt(s -> s[1])
            .thenComparingInt(s -> s[2]));
    return List.copyOf(all);
  }

  private static int nearestShown(int row, int[] parent, boolean[] shown) {
    for (int r = row; r >= 0; r = parent[r]) {
      if (shown[r]) {
        return r;
      }
    }
    return -1;
  }

  private static int[] depths(int[] parent) {
    int[] depth = new int[parent.length];
    for (int r = 0; r < parent.length; r++) {
      int d = 0;
      for (int a = parent[r]; a >= 0; a = parent[a]) {
        d++;
      }
      depth[r] = d;
    }
    return depth;
  }
}
