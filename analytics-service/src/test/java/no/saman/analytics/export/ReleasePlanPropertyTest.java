package no.saman.analytics.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.saman.analytics.anonymity.AnonymityGuard;
import no.saman.analytics.anonymity.AnonymityThreshold;
import no.saman.analytics.anonymity.GroupTable;
import no.saman.analytics.anonymity.Verdicts;
import org.junit.jupiter.api.Test;

/**
 * For random organisation trees, response counts and backgrounds (seeded), and every k from 3 to 7,
 * the rows an export releases: every released combination of group and background occurs at least k
 * times; a response is released only under a group the guard shows that contains its unit; the rows
 * of a unit the guard suppresses are never released under that unit, and share every released value
 * but their answers with at least k − 1 other rows; and nothing is released when the municipality
 * itself is suppressed.
 */
class ReleasePlanPropertyTest {

  private static final int TRIALS = 1000;
  private static final List<List<String>> VALUES =
      List.of(
          Arrays.asList(
              "nurse",
              "healthcare_worker",
              "assistant",
              "teacher",
              "kindergarten_teacher",
              "leader",
              "other",
              null),
          Arrays.asList("under_30", "30-39", "40-49", "50-59", "60_plus", null),
          Arrays.asList("under_1", "1-2", "3-9", "10_plus", null),
          Arrays.asList("1-49", "50-74", "75-99", "100", null));

  @Test
  void shouldReleaseEveryCombinationOfGroupAndBackgroundAtLeastKTimes() {
    int suppressedUnitsWithRows = 0;
    int generalised = 0;
    int rowsReleased = 0;
    for (long seed = 1; seed <= TRIALS; seed++) {
      Random random = new Random(seed);
      int k = 3 + random.nextInt(5);
      int units = 1 + random.nextInt(random.nextBoolean() ? 8 : 40);
      int[] parent = new int[units + 1];
      parent[0] = -1;
      for (int r = 1; r <= units; r++) {
        parent[r] = random.nextInt(4) == 0 ? 0 : random.nextInt(r);
      }
      Map<Integer, List<List<String>>> responses = new HashMap<>();
      Map<Integer, Map<List<String>, Long>> counts = new HashMap<>();
      long[] own = new long[units + 1];
      for (int r = 0; r <= units; r++) {
        int n = r == 0 && random.nextBoolean() ? 0 : skewed(random, k);
        own[r] = n;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          List<String> background = background(random);
          rows.add(background);
          counts.computeIfAbsent(r, x -> new LinkedHashMap<>()).merge(background, 1L, Long::sum);
        }
        responses.put(r, rows);
      }
      boolean[] shown = guard(parent, own, k);
      ReleasePlan plan = ReleasePlan.of(parent, shown, counts, k);

      Map<List<Object>, Integer> classes = new HashMap<>();
      Map<Integer, List<List<Object>>> releasedOf = new HashMap<>();
      for (int r = 0; r <= units; r++) {
        for (List<String> background : responses.get(r)) {
          List<String> out = plan.release(r, background);
          int g = plan.group(r);
          String where = "seed " + seed + " k " + k + " row " + r;
          if (out == null) {
            assertThat(g).as(where).isEqualTo(-1);
            continue;
          }
          assertThat(shown[g]).as(where + ": released under a shown group").isTrue();
          assertThat(isAncestorOrSelf(g, r, parent)).as(where + ": its own branch").isTrue();
          for (int d = 0; d < out.size(); d++) {
            assertThat(out.get(d) == null || background.get(d) != null)
                .as(where + ": nothing invented")
                .isTrue();
            if (out.get(d) != null && !out.get(d).equals(background.get(d))) {
              assertThat(out.get(d)).isEqualTo(Background.generalise(d, background.get(d), 1));
              generalised++;
            }
          }
          List<Object> key = new ArrayList<>(out);
          key.add(0, g);
          classes.merge(key, 1, Integer::sum);
          releasedOf.computeIfAbsent(r, x -> new ArrayList<>()).add(key);
          rowsReleased++;
        }
      }
      for (Map.Entry<List<Object>, Integer> c : classes.entrySet()) {
        assertThat(c.getValue())
            .as("seed %d k %d: released combination %s", seed, k, c.getKey())
            .isGreaterThanOrEqualTo(k);
      }
      for (int r = 0; r <= units; r++) {
        if (shown[r] || responses.get(r).isEmpty()) {
          continue;
        }
        suppressedUnitsWithRows++;
        for (List<Object> key : releasedOf.getOrDefault(r, List.of())) {
          assertThat((Integer) key.get(0))
              .as("seed %d: suppressed row %d released under itself", seed, r)
              .isNotEqualTo(r);
          assertThat(classes.get(key))
              .as("seed %d: a suppressed unit's row hides among k", seed)
              .isGreaterThanOrEqualTo(k);
        }
      }
      if (!shown[0]) {
        assertThat(classes).as("seed %d: municipality suppressed", seed).isEmpty();
      }
    }
    assertThat(suppressedUnitsWithRows).as("the trials reach suppressed units").isGreaterThan(250);
    assertThat(generalised).as("the trials reach coarsened categories").isGreaterThan(250);
    assertThat(rowsReleased).isGreaterThan(50_000);
  }

  /** The guard's verdicts on the everyone column, as the results take them. */
  private static boolean[] guard(int[] parent, long[] own, int k) {
    long[] total = own.clone();
    for (int r = 0; r < parent.length; r++) {
      for (int a = parent[r]; a >= 0; a = parent[a]) {
        total[a] += own[r];
      }
    }
    List<GroupTable.Row> rows = new ArrayList<>();
    for (int r = 0; r < parent.length; r++) {
      rows.add(
          new GroupTable.Row(
              r == 0 ? "" : "U" + r, parent[r], List.of(new GroupTable.Cell(total[r], Map.of()))));
    }
    Verdicts verdicts =
        new AnonymityGuard(new AnonymityThreshold(k)).decide(new GroupTable(rows, List.of()));
    boolean[] shown = new boolean[parent.length];
    for (int r = 0; r < parent.length; r++) {
      shown[r] = verdicts.shown(r, 0);
    }
    return shown;
  }

  private static boolean isAncestorOrSelf(int a, int row, int[] parent) {
    for (int r = row; r >= 0; r = parent[r]) {
      if (r == a) {
        return true;
      }
    }
    return false;
  }

  /** Mostly small units around k, now and then a large one. */
  private static int skewed(Random random, int k) {
    int kind = random.nextInt(10);
    if (kind < 3) {
      return random.nextInt(k);
    }
    if (kind < 8) {
      return random.nextInt(3 * k);
    }
    return random.nextInt(120);
  }

  private static List<String> background(Random random) {
    String[] values = new String[VALUES.size()];
    for (int d = 0; d < values.length; d++) {
      List<String> choices = VALUES.get(d);
      values[d] = choices.get(random.nextInt(choices.size()));
    }
    return java.util.Collections.unmodifiableList(Arrays.asList(values));
  }
}
