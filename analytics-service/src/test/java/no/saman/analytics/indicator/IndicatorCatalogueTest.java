package no.saman.analytics.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.StatisticsOf;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

  private static final Instrument ALL = Instruments.model(Instruments.all());

  @Test
  void shouldDocumentEveryIndicatorTheServiceComputes() {
    Map<String, Object> everything =
        Map.ofEntries(
            Map.entry("H1", 60),
            Map.entry("H2", 80),
            Map.entry("K1", 4),
            Map.entry("K2", 4),
            Map.entry("K3", 4),
            Map.entry("K4", 3),
            Map.entry("K5", 2),
            Map.entry("K6", 5),
            Map.entry("L1", 4),
            Map.entry("L2", 5),
            Map.entry("L3", 3),
            Map.entry("L4", 4),
            Map.entry("L5", 4),
            Map.entry("L6", 2),
            Map.entry("L7", 4),
            Map.entry("N1", "0"),
            Map.entry("N2", 4),
            Map.entry("N3", 4),
            Map.entry("N4", 2),
            Map.entry("N5", 5),
            Map.entry("P1", 8));
    Map<String, Object> other =
        Map.ofEntries(
            Map.entry("K2", 2),
            Map.entry("K3", 3),
            Map.entry("K4", 5),
            Map.entry("K5", 4),
            Map.entry("K6", 1),
            Map.entry("L1", 1),
            Map.entry("L2", 2),
            Map.entry("L3", 4),
            Map.entry("L4", 2),
            Map.entry("L5", 1),
            Map.entry("L6", 3),
            Map.entry("L7", 5));
    Set<String> computed =
        SurveyIndicators.of(
                StatisticsOf.answers(List.of(everything, everything, other), ALL), 100L, ALL)
            .keySet();
    Set<String> documented =
        IndicatorCatalogue.all(ALL.modules()).stream()
            .map(IndicatorInfo::id)
            .collect(Collectors.toSet());

    assertThat(documented).containsAll(computed);
    assertThat(computed).contains("mastery_leadership_index_alpha", "presence_index_100");
    assertThat(documented)
        .contains(
            "sick_leave_pct",
            "presence_pct",
            "long_term_healthy_share",
            "competence_drivers_index_alpha");
  }

  @Test
  void shouldNameEveryIndicatorInAllThreeLanguages() {
    for (IndicatorInfo info : IndicatorCatalogue.all(ALL.modules())) {
      assertThat(info.names()).as(info.id()).containsOnlyKeys("nn", "nb", "en");
      assertThat(info.definition()).as(info.id()).isNotBlank();
    }
    assertThat(IndicatorCatalogue.fixed("avg_position_size").orElseThrow().names())
        .containsEntry("nn", "Gjennomsnittleg stillingsstorleik");
  }
}
