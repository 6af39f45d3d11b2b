package no.saman.analytics.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The coded scheme search releases exactly what the plain one over lists of strings (the export's
 * first implementation, kept here as the reference) releases: for random groups (seeded), every k
 * from 3 to 7 and all 81 schemes, the same recoding and the same loss.
 */
class CodedGroupTest {

  private static final List<String> NOTHING = Arrays.asList(null, null, null, null);

  @Test
  void shouldReleaseWhatThePlainSchemeSearchReleases() {
    List<int[]> schemes = everyScheme();
    int suppressing = 0;
    for (long seed = 1; seed <= 300; seed++) {
      Random random = new Random(seed);
      int k = 3 + random.nextInt(5);
      Map<List<String>, Long> group = randomGroup(random);
      CodedGroup coded = new CodedGroup(group);
      for (int[] scheme : schemes) {
        Map<List<String>, List<String>> expected = plainApply(group, scheme, k);
        CodedGroup.Applied applied = coded.apply(scheme, k);
        assertThat(coded.recoding(applied))
            .as("seed %d scheme %s", seed, Arrays.toString(scheme))
            .isEqualTo(expected);
        assertThat(applied.loss()).isEqualTo(plainLoss(group, expected));
        if (expected.containsValue(NOTHING)) {
          suppressing++;
        }
      }
    }
    assertThat(suppressing).as("schemes that suppress some rows").isGreaterThan(1000);
  }

  @Test
  void shouldBoundEverySchemesLossByItsCoarseningAlone() {
    for (long seed = 1; seed <= 100; seed++) {
      Random random = new Random(seed);
      int k = 3 + random.nextInt(5);
      Map<List<String>, Long> group = randomGroup(random);
      CodedGroup coded = new CodedGroup(group);
      long[][] coarsening = coded.coarseningLoss();
      for (int[] scheme : everyScheme()) {
        long atLeast = 0;
        for (int d = 0; d < scheme.length; d++) {
          atLeast += coarsening[d][scheme[d]];
        }
        assertThat(coded.apply(scheme, k).loss()).isGreaterThanOrEqualTo(atLeast);
        assertThat(coded.apply(scheme, 1).loss()).as("nothing suppressed").isEqualTo(atLeast);
      }
    }
  }

  private static Map<List<String>, Long> randomGroup(Random random) {
    Map<List<String>, Long> group = new LinkedHashMap<>();
    int rows = 1 + random.nextInt(random.nextBoolean() ? 15 : 200);
    for (int r = 0; r < rows; r++) {
      List<String> background = new ArrayList<>();
      for (int d = 0; d < Background.COLUMNS.size(); d++) {
        List<String> categories = Background.categories(d);
        background.add(
            random.nextInt(6) == 0 ? null : categories.get(random.nextInt(categories.size())));
      }
      group.merge(Collections.unmodifiableList(background), 1L, Long::sum);
    }
    return group;
  }

  private static List<int[]> everyScheme() {
    List<int[]> all = new ArrayList<>();
    for (int n = 0; n < 81; n++) {
      all.add(new int[] {n % 3, n / 3 % 3, n / 9 % 3, n / 27 % 3});
    }
    return all;
  }

  private static Map<List<String>, List<String>> plainApply(
      Map<List<String>, Long> group, int[] scheme, int k) {
    Map<List<String>, List<String>> generalised = new LinkedHashMap<>();
    Map<List<String>, Long> classes = new HashMap<>();
    group.forEach(
        (raw, n) -> {
          String[] out = new String[raw.size()];
          for (int d = 0; d < raw.size(); d++) {
            out[d] = Background.generalise(d, raw.get(d), scheme[d]);
          }
          List<String> g = Collections.unmodifiableList(Arrays.asList(out));
          generalised.put(raw, g);
          classes.merge(g, n, Long::sum);
        });
    Set<List<String>> suppressed = new HashSet<>();
    long nothing = classes.getOrDefault(NOTHING, 0L);
    for (Map.Entry<List<String>, Long> c : classes.entrySet()) {
      if (!c.getKey().equals(NOTHING) && c.getValue() < k) {
        suppressed.add(c.getKey());
        nothing += c.getValue();
      }
    }
    if (nothing > 0 && nothing < k) {
      List<Map.Entry<List<String>, Long>> kept = new ArrayList<>();
      for (Map.Entry<List<String>, Long> c : classes.entrySet()) {
        if (!c.getKey().equals(NOTHING) && !suppressed.contains(c.getKey())) {
          kept.add(c);
        }
      }
      kept.sort(
          Comparator.comparingLong((Map.Entry<List<String>, Long> c) -> c.getValue())
              .thenComparing(c -> String.valueOf(c.getKey())));
      for (Map.Entry<List<String>, Long> c : kept) {
        if (nothing >= k) {
          break;
        }
        suppressed.add(c.getKey());
        nothing += c.getValue();
      }
    }
    Map<List<String>, List<String>> release = new LinkedHashMap<>();
    generalised.forEach((raw, g) -> release.put(raw, suppressed.contains(g) ? NOTHING : g));
    return release;
  }

  private static long plainLoss(
      Map<List<String>, Long> group, Map<List<String>, List<String>> release) {
    long loss = 0;
    for (Map.Entry<List<String>, Long> e : group.entrySet()) {
      List<String> raw = e.getKey();
      List<String> out = release.get(raw);
      for (int d = 0; d < raw.size(); d++) {
        if (raw.get(d) != null && !raw.get(d).equals(out.get(d))) {
          loss += (out.get(d) == null ? 2 : 1) * e.getValue();
        }
      }
    }
    return loss;
  }
}
