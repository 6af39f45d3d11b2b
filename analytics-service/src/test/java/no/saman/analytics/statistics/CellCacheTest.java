package no.saman.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CellCacheTest {

  private final CellCache cache = new CellCache();
  private final AtomicInteger reads = new AtomicInteger();

  private Supplier<List<UnitCell>> reading(long responses) {
    return () -> {
      reads.incrementAndGet();
      return List.of(
          new UnitCell(
              "r1",
              "1548",
              "1548-A",
              List.of("1548-A"),
              "",
              new GroupStatistics(responses, java.util.Map.of(), java.util.Map.of())));
    };
  }

  @Test
  void shouldServeTheSameVersionFromMemoryAndReadAgainWhenTheVersionMoves() {
    List<UnitCell> first = cache.get(7, List.of("r1", "r2"), null, null, reading(10));
    List<UnitCell> again = cache.get(7, List.of("r2", "r1"), null, null, reading(99));
    List<UnitCell> newer = cache.get(8, List.of("r1", "r2"), null, null, reading(11));

    assertThat(again).isSameAs(first);
    assertThat(newer.get(0).statistics().responses()).isEqualTo(11);
    assertThat(reads).hasValue(2);
  }

  @Test
  void shouldKeepTheRoundsDimensionAndMeasuresApart() {
    cache.get(1, List.of("r1"), null, null, reading(1));
    cache.get(1, List.of("r1"), "occupation", null, reading(2));
    cache.get(1, List.of("r1"), null, List.of("H1"), reading(3));
    cache.get(1, List.of("r2"), null, null, reading(4));

    assertThat(reads).hasValue(4);
    assertThat(cache.get(1, List.of("r1"), "occupation", null, reading(5)).get(0).statistics())
        .extracting(GroupStatistics::responses)
        .isEqualTo(2L);
  }

  @Test
  void shouldNeverKeepWhatAnOlderSnapshotReadOnceANewerOneIsKnown() {
    cache.get(5, List.of("r1"), null, null, reading(50));
    cache.get(4, List.of("r1"), null, null, reading(40));

    assertThat(cache.get(5, List.of("r1"), null, null, reading(0)).get(0).statistics().responses())
        .isEqualTo(50);
    assertThat(cache.get(4, List.of("r1"), null, null, reading(41)).get(0).statistics().responses())
        .as("an older snapshot is read again, not served from the newer one")
        .isEqualTo(41);
  }
}
