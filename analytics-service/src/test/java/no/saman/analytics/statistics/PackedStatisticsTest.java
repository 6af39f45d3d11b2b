package no.saman.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackedStatisticsTest {

  private static final GroupStatistics SAMPLE =
      new GroupStatistics(
          3,
          Map.of(
              "K1", SufficientStats.of(4, 5, 5),
              "index:mastery", SufficientStats.of(10.0 / 3, 4.25, 1e-300),
              "H1", SufficientStats.of(60, 100, 1e9)),
          Map.of("K1", Map.of(4, 1L, 5, 2L), "H1", Map.of(60, 1L, 100, 1L, -3, 1L)),
          Map.of("H3", Map.of("yes", 2L, "no \"quoted\" æ/\\", 1L)));

  @Test
  void shouldGiveBackExactlyWhatWasPacked() {
    GroupStatistics unpacked = PackedStatistics.unpack(3, PackedStatistics.pack(SAMPLE), null);

    assertThat(unpacked).isEqualTo(SAMPLE);
    // Doubles keep every bit: sums of index means are not integers.
    assertThat(unpacked.measure("index:mastery").sum()).isEqualTo(10.0 / 3 + 4.25 + 1e-300);
  }

  @Test
  void shouldPackEqualStatisticsToEqualTextWhateverTheirMapOrder() {
    Map<String, SufficientStats> reversed = new LinkedHashMap<>();
    List.of("index:mastery", "K1", "H1").forEach(id -> reversed.put(id, SAMPLE.measure(id)));
    GroupStatistics same = new GroupStatistics(3, reversed, SAMPLE.histograms(), SAMPLE.choices());

    assertThat(PackedStatistics.pack(same)).isEqualTo(PackedStatistics.pack(SAMPLE));
    assertThat(PackedStatistics.pack(SAMPLE))
        .startsWith("{\"m\":[[\"H1\",3,")
        .contains("\"h\":[[\"H1\",[[-3,1],[60,1],[100,1]]],[\"K1\",[[4,1],[5,2]]]]");
  }

  @Test
  void shouldKeepOnlyTheMeasuresAndItemsAskedFor() {
    GroupStatistics only =
        PackedStatistics.unpack(3, PackedStatistics.pack(SAMPLE), List.of("K1", "H3"));

    assertThat(only.measures()).containsOnlyKeys("K1");
    assertThat(only.histograms()).containsOnlyKeys("K1");
    assertThat(only.choices()).containsOnlyKeys("H3");
    assertThat(only.responses()).isEqualTo(3);
  }

  @Test
  void shouldReadWhatTheMigrationWrote() {
    // MariaDB's JSON_OBJECT/JSON_ARRAY spacing and integral doubles written without a fraction.
    String migrated =
        "{\"m\": [[\"H1\", 3, 150, 7500], [\"idx\", 3, 10.333333333333334, 35.62962962962963]],"
            + " \"h\": [[\"H1\", [[50, 3]]]], \"c\": [[\"H3\", [[\"a \\\"q\\\" æ\", 2]]]]}";

    GroupStatistics s = PackedStatistics.unpack(3, migrated, null);

    assertThat(s.measure("H1")).isEqualTo(new SufficientStats(3, 150, 7500));
    assertThat(s.measure("idx").sum()).isEqualTo(10.333333333333334);
    assertThat(s.histogram("H1")).isEqualTo(Map.of(50, 3L));
    assertThat(s.choices("H3")).isEqualTo(Map.of("a \"q\" æ", 2L));
    assertThat(PackedStatistics.unpack(0, "{\"m\": [], \"h\": [], \"c\": []}", null))
        .isEqualTo(new GroupStatistics(0, Map.of(), Map.of(), Map.of()));
  }

  @Test
  void shouldRefuseAColumnItCannotRead() {
    assertThatThrownBy(() -> PackedStatistics.unpack(1, "{\"m\": [[\"H1\", \"x\"]]}", null))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("unreadable unit statistics");
  }
}
