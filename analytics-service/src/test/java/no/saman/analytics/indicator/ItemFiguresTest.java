package no.saman.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.StatisticsOf;
import org.junit.jupiter.api.Test;

class ItemFiguresTest {

  private static final Instrument ALL = Instruments.model(Instruments.all());

  @Test
  void shouldGiveEachItemItsMeanSpreadDistributionAndBoxes() {
    List<ItemFigure> items =
        ItemFigures.of(
            StatisticsOf.answers(
                List.of(
                    Map.of("L1", 5, "H3", "yes", "H4", List.of("care", "health")),
                    Map.of("L1", 4, "H3", "no", "H4", List.of("care")),
                    Map.of("L1", 2, "H3", "yes"),
                    Map.of("L1", 1, "H1", 60)),
                ALL),
            ALL);

    assertThat(items).extracting(ItemFigure::id).containsExactly("H1", "H3", "H4", "L1");
    ItemFigure l1 = items.get(3);
    assertThat(l1.n()).isEqualTo(4);
    assertThat(l1.mean()).isEqualTo(3.0);
    assertThat(l1.sd()).isCloseTo(Math.sqrt(10 / 3.0), within(1e-12));
    assertThat(l1.distribution())
        .containsExactly(
            Map.entry("1", 1L), Map.entry("2", 1L), Map.entry("4", 1L), Map.entry("5", 1L));
    assertThat(l1.topBox()).isEqualTo(0.5);
    assertThat(l1.bottomBox()).isEqualTo(0.5);
    ItemFigure h1 = items.get(0);
    assertThat(h1.sd()).isNull();
    assertThat(h1.topBox()).as("a percent is no 1–5 scale").isNull();
    ItemFigure h4 = items.get(2);
    assertThat(h4.n()).isEqualTo(2);
    assertThat(h4.mean()).isNull();
    assertThat(h4.distribution())
        .containsEntry("care", 2L)
        .containsEntry("health", 1L)
        .containsEntry("no_offer", 0L);
    assertThat(items.get(1).distribution())
        .containsExactly(Map.entry("yes", 2L), Map.entry("no", 1L));
  }
}
