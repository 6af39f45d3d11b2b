package no.saman.analytics.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One released group's backgrounds as small integers, for trying the generalisation schemes of
 * {@link ReleasePlan}: each dimension's values (exact and coarse) numbered from 1, 0 for not
 * released, one byte per dimension. A large export tries up to 81 schemes on each of hundreds of
 * groups; with lists of strings as keys that was a third of its time.
 */
final class CodedGroup {

  private static final int DIMENSIONS = Background.COLUMNS.size();
  private static final List<List<String>> VALUES = values();
  private static final int[][][] STEP = steps();

  private final List<List<String>> raw = new ArrayList<>();
  private final int[] codes;
  private final long[] counts;

  /**
   * A scheme applied: each background's code after generalisation and suppression, and the loss.
   */
  record Applied(int[] released, long loss) {}

  CodedGroup(Map<List<String>, Long> group) {
    codes = new int[group.size()];
    counts = new long[group.size()];
    int i = 0;
    for (Map.Entry<List<String>, Long> e : group.entrySet()) {
      raw.add(e.getKey());
      codes[i] = encode(e.getKey());
      counts[i] = e.getValue();
      i++;
    }
  }

  /**
   * Per dimension and ladder step, the loss of generalising every value to that step with nothing
   * suppressed: at least what any scheme using the step loses on the dimension.
   */
  long[][] coarseningLoss() {
    long[][] loss = new long[DIMENSIONS][Background.LEVELS];
    for (int i = 0; i < codes.length; i++) {
      for (int d = 0; d < DIMENSIONS; d++) {
        int value = value(codes[i], d);
        for (int level = 1; level < Background.LEVELS && value != 0; level++) {
          loss[d][level] += cellLoss(value, STEP[d][level][value]) * counts[i];
        }
      }
    }
    return loss;
  }

  /**
   * The scheme applied: every background generalised along its ladders, then the combinations below
   * k suppressed (their rows lose the whole background), and, when the suppressed rows are fewer
   * than k themselves, the smallest other combinations with them (ties by the combination's text).
   */
  Applied apply(int[] scheme, int k) {
    int[] generalised = new int[codes.length];
    Map<Integer, Long> classes = new HashMap<>();
    for (int i = 0; i < codes.length; i++) {
      generalised[i] = generalise(codes[i], scheme);
      classes.merge(generalised[i], counts[i], Long::sum);
    }
    Map<Integer, Boolean> suppressed = new HashMap<>();
    long nothing = classes.getOrDefault(0, 0L);
    List<Map.Entry<Integer, Long>> kept = new ArrayList<>();
    for (Map.Entry<Integer, Long> c : classes.entrySet()) {
      if (c.getKey() == 0) {
        continue;
      }
      if (c.getValue() < k) {
        suppressed.put(c.getKey(), true);
        nothing += c.getValue();
      } else {
        kept.add(c);
      }
    }
    if (nothing > 0 && nothing < k) {
      kept.sort(
          Comparator.comparingLong((Map.Entry<Integer, Long> c) -> c.getValue())
              .thenComparing(c -> String.valueOf(decode(c.getKey()))));
      for (Map.Entry<Integer, Long> c : kept) {
        if (nothing >= k) {
          break;
        }
        suppressed.put(c.getKey(), true);
        nothing += c.getValue();
      }
    }
    long loss = 0;
    for (int i = 0; i < codes.length; i++) {
      if (suppressed.containsKey(generalised[i])) {
        generalised[i] = 0;
      }
      for (int d = 0; d < DIMENSIONS; d++) {
        loss += cellLoss(value(codes[i], d), value(generalised[i], d)) * counts[i];
      }
    }
    return new Applied(generalised, loss);
  }

  /** Each background of the group and the background it is released with. */
  Map<List<String>, List<String>> recoding(Applied applied) {
    Map<List<String>, List<String>> recoding = new LinkedHashMap<>();
    Map<Integer, List<String>> decoded = new HashMap<>(); // one list per released combination
    for (int i = 0; i < codes.length; i++) {
      recoding.put(raw.get(i), decoded.computeIfAbsent(applied.released()[i], CodedGroup::decode));
    }
    return recoding;
  }

  /** Cells changed, weighted: 1 for a coarser category, 2 for none. */
  private static long cellLoss(int raw, int released) {
    return raw == 0 || raw == released ? 0 : released == 0 ? 2 : 1;
  }

  private static int generalise(int code, int[] scheme) {
    int out = 0;
    for (int d = 0; d < DIMENSIONS; d++) {
      out |= STEP[d][Math.min(scheme[d], Background.LEVELS - 1)][value(code, d)] << (8 * d);
    }
    return out;
  }

  private static int value(int code, int dimension) {
    return (code >>> (8 * dimension)) & 0xFF;
  }

  private static int encode(List<String> background) {
    int code = 0;
    for (int d = 0; d < DIMENSIONS; d++) {
      String value = background.get(d);
      int index = value == null ? 0 : VALUES.get(d).indexOf(value);
      if (index < 0) {
        throw new IllegalArgumentException(
            "not a known " + Background.COLUMNS.get(d) + ": " + value);
      }
      code |= index << (8 * d);
    }
    return code;
  }

  private static List<String> decode(int code) {
    String[] values = new String[DIMENSIONS];
    for (int d = 0; d < DIMENSIONS; d++) {
      values[d] = VALUES.get(d).get(value(code, d));
    }
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  /** Per dimension: null (not released), then the exact categories, then the other coarse ones. */
  private static List<List<String>> values() {
    List<List<String>> all = new ArrayList<>();
    for (int d = 0; d < DIMENSIONS; d++) {
      List<String> values = new ArrayList<>();
      values.add(null);
      values.addAll(Background.categories(d));
      for (String coarse : new TreeSet<>(Background.coarse(d).values())) {
        if (!values.contains(coarse)) {
          values.add(coarse);
        }
      }
      if (values.size() > 0xFF) {
        throw new IllegalStateException("a dimension has more values than a byte numbers");
      }
      all.add(Collections.unmodifiableList(values));
    }
    return List.copyOf(all);
  }

  /** Per dimension and ladder step, the code each value's code generalises to. */
  private static int[][][] steps() {
    int[][][] steps = new int[DIMENSIONS][Background.LEVELS][];
    for (int d = 0; d < DIMENSIONS; d++) {
      List<String> values = VALUES.get(d);
      for (int level = 0; level < Background.LEVELS; level++) {
        steps[d][level] = new int[values.size()];
        for (int v = 1; v < values.size(); v++) {
          String out = Background.generalise(d, values.get(v), level);
          steps[d][level][v] = out == null ? 0 : values.indexOf(out);
        }
      }
    }
    return steps;
  }
}
