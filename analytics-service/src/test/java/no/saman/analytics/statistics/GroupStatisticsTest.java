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
}
