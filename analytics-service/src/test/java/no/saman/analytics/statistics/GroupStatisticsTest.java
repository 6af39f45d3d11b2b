package no.saman.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupStatisticsTest {

  @Test
  void shouldAddCountsSumsHistogramsAndCategoriesWhenMerging() {
    GroupStatistics a =
        new GroupStatistics(
            2,
            Map.of("K1", SufficientStats.of(4, 5)),
            Map.of("K1", Map.of(4, 1L, 5, 1L)),
            Map.of("H3", Map.of("yes", 2L)));
    GroupStatistics b =
        new GroupStatistics(
            1,
            Map.of("K1", SufficientStats.of(5), "H1", SufficientStats.of(60)),
            Map.of("K1", Map.of(5, 1L)),
            Map.of("H3", Map.of("no", 1L)));

    GroupStatistics merged = a.merge(b);

    assertThat(merged.responses()).isEqualTo(3);
    assertThat(merged.measure("K1")).isEqualTo(SufficientStats.of(4, 5, 5));
    assertThat(merged.measure("H1")).isEqualTo(SufficientStats.of(60));
    assertThat(merged.histogram("K1")).isEqualTo(Map.of(4, 1L, 5, 2L));
    assertThat(merged.choices("H3")).isEqualTo(Map.of("yes", 2L, "no", 1L));
    assertThat(GroupStatistics.EMPTY.merge(a)).isEqualTo(a);
  }

  @Test
  void shouldSumManyGroupsToExactlyWhatFoldingMergeGives() {
    java.util.Random random = new java.util.Random(13);
    java.util.List<GroupStatistics> groups = new java.util.ArrayList<>();
    for (int g = 0; g < 200; g++) {
      int n = 1 + random.nextInt(4);
      double[] values = random.doubles(n, 0, 100).toArray();
      groups.add(
          new GroupStatistics(
              n,
              Map.of(
                  "H1", SufficientStats.of(values), "K" + random.nextInt(3), SufficientStats.of(1)),
              Map.of("L" + random.nextInt(3), Map.of(1 + random.nextInt(5), (long) n)),
              random.nextBoolean() ? Map.of("H3", Map.of("yes", 1L)) : Map.of()));
    }
    GroupStatistics folded = GroupStatistics.EMPTY;
    GroupStatistics.Sum firstHalf = new GroupStatistics.Sum();
    GroupStatistics.Sum sum = new GroupStatistics.Sum();
    for (int g = 0; g < groups.size(); g++) {
      folded = folded.merge(groups.get(g));
      (g < 100 ? firstHalf : sum).add(groups.get(g));
      if (g == 99) {
        sum.add(firstHalf);
      }
    }

    assertThat(sum.total()).isEqualTo(folded);
    assertThat(new GroupStatistics.Sum().total()).isEqualTo(GroupStatistics.EMPTY);
  }
}
