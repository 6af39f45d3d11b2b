package no.saman.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.statistics.GroupStatistics;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.RandomAnswers;
import no.saman.analytics.support.StatisticsOf;
import org.junit.jupiter.api.Test;

/**
 * For random unit trees with random (sometimes invalid, often incomplete) answers: every indicator
 * and item statistic of every subtree, computed from merged per-unit statistics, equals the
 * brute-force computation from the subtree's raw answers.
 */
class MergedStatisticsPropertyTest {

  private static final Instrument ALL = Instruments.model(Instruments.all());
  private static final int TRIALS = 150;
  private static final double TOLERANCE = 1e-9;

  @Test
  void shouldEqualTheBruteForceComputationForEverySubtree() {
    BruteForce brute = new BruteForce(ALL);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (long seed = 1; seed <= TRIALS; seed++) {
      Random random = new Random(seed);
      int units = 1 + random.nextInt(12);
      int[] parent = new int[units];
      List<List<Map<String, Object>>> answers = new ArrayList<>();
      List<GroupStatistics> statistics = new ArrayList<>();
      for (int u = 0; u < units; u++) {
        parent[u] = u == 0 ? -1 : random.nextInt(u);
        List<Map<String, Object>> own = new ArrayList<>();
        int respondents = random.nextInt(4) == 0 ? 0 : random.nextInt(16);
        for (int i = 0; i < respondents; i++) {
          own.add(RandomAnswers.of(ALL, random));
        }
        answers.add(own);
        statistics.add(StatisticsOf.answers(own, ALL));
      }
      for (int root = 0; root < units; root++) {
        List<Integer> subtree = subtree(root, parent);
        Collections.shuffle(subtree, random);
        GroupStatistics merged = GroupStatistics.EMPTY;
        List<Map<String, Object>> raw = new ArrayList<>();
        for (int u : subtree) {
          merged = merged.merge(statistics.get(u));
          raw.addAll(answers.get(u));
        }
        Long headcount = random.nextBoolean() ? null : (long) (raw.size() + random.nextInt(20));
        String context = "seed " + seed + ", subtree of unit " + root;
        Map<String, Double> expected = brute.indicators(raw, headcount);
        seen.addAll(expected.keySet());
        assertSame(flatten(SurveyIndicators.of(merged, headcount, ALL)), expected, context);
        assertSameItems(ItemFigures.of(merged, ALL), brute.items(raw), context);
      }
    }
    assertThat(seen)
        .as("the trials reach every indicator")
        .contains(
            "hidden_fte_est",
            "competence_use_poor_share",
            "mastery_leadership_index_alpha",
            "competence_drivers_index_alpha",
            "presence_index_alpha",
            "presence_index_100",
            "self_reported_absence_dist.31_plus",
            "partnership_score");
  }

  private static Map<String, Double> flatten(Map<String, Figure> figures) {
    Map<String, Double> flat = new LinkedHashMap<>();
    figures.forEach(
        (id, f) -> {
          if (f.value() != null) {
            flat.put(id, f.value());
          }
          f.distribution().forEach((c, share) -> flat.put(id + "." + c, share));
        });
    return flat;
  }

  private static void assertSame(
      Map<String, Double> merged, Map<String, Double> brute, String context) {
    assertThat(merged.keySet()).as(context).isEqualTo(brute.keySet());
    brute.forEach(
        (id, expected) ->
            assertThat(merged.get(id))
                .as(context + ": " + id)
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance(expected))));
  }

  private static void assertSameItems(
      List<ItemFigure> merged, List<ItemFigure> brute, String context) {
    assertThat(merged)
        .extracting(ItemFigure::id)
        .as(context)
        .isEqualTo(brute.stream().map(ItemFigure::id).toList());
    for (int i = 0; i < brute.size(); i++) {
      ItemFigure m = merged.get(i);
      ItemFigure b = brute.get(i);
      String what = context + ": item " + b.id();
      assertThat(m.n()).as(what).isEqualTo(b.n());
      assertThat(m.distribution()).as(what).isEqualTo(b.distribution());
      assertClose(m.mean(), b.mean(), what + " mean");
      assertClose(m.sd(), b.sd(), what + " sd");
      assertClose(m.topBox(), b.topBox(), what + " top box");
      assertClose(m.bottomBox(), b.bottomBox(), what + " bottom box");
    }
  }

  private static void assertClose(Double actual, Double expected, String what) {
    if (expected == null) {
      assertThat(actual).as(what).isNull();
    } else {
      assertThat(actual)
          .as(what)
          .isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance(expected)));
    }
  }

  private static double tolerance(double expected) {
    return Math.max(TOLERANCE, Math.abs(expected) * TOLERANCE);
  }

  private static List<Integer> subtree(int root, int[] parent) {
    List<Integer> members = new ArrayList<>();
    for (int u = 0; u < parent.length; u++) {
      for (int a = u; a != -1; a = parent[a]) {
        if (a == root) {
          members.add(u);
          break;
        }
      }
    }
    return members;
  }
}
