package no.saman.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.saman.analytics.support.Instruments;
import org.junit.jupiter.api.Test;

class BatchTotalsTest {

  @Test
  void shouldCountEachResponseForEveryoneAndForEachOfItsBackgroundCategories() {
    BatchTotals totals =
        BatchTotals.of(
            List.of(
                response("a", Map.of("occupation", "nurse", "ageBand", "30-39"), 60),
                response("b", Map.of("occupation", "nurse"), 100),
                response("c", Map.of(), 40)),
            Map.of("r1", Instruments.model(Instruments.all())));

    assertThat(totals.units().keySet())
        .extracting(UnitKey::segment)
        .containsExactly("", "ageBand=30-39", "occupation=nurse");
    BatchTotals.UnitTotal everyone = totals.units().get(new UnitKey("r1", "1548-HEIM", ""));
    BatchTotals.UnitTotal nurses =
        totals.units().get(new UnitKey("r1", "1548-HEIM", "occupation=nurse"));
    assertThat(everyone.responses()).isEqualTo(3);
    assertThat(everyone.measures().get("H1")).isEqualTo(SufficientStats.of(60, 100, 40));
    assertThat(nurses.responses()).isEqualTo(2);
    assertThat(nurses.measures().get("H1")).isEqualTo(SufficientStats.of(60, 100));
    assertThat(nurses.choices().get("H3")).isEqualTo(Map.of("yes", 2L));
    assertThat(everyone.histograms().get("H1")).isEqualTo(Map.of(60, 1L, 100, 1L, 40, 1L));
  }

  private static ResponseRecord response(String id, Map<String, String> background, int h1) {
    return new ResponseRecord(
        id,
        "r1",
        "1548",
        List.of("1548", "1548-HEIM"),
        LocalDate.of(2013, 9, 10),
        "nn",
        background,
        Map.of("H1", h1, "H2", 100, "H3", "yes"),
        Map.of());
  }
}
