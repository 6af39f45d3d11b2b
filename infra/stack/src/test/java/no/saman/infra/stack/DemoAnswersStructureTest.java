package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.infra.demo.DemoAnswers;
import no.saman.infra.demo.DemoOrganisation;
import no.saman.infra.demo.DemoOrganisation.Draw;
import no.saman.infra.demo.DemoOrganisation.Municipality;
import no.saman.infra.demo.DemoOrganisation.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's answers have the structure of real survey data: its scales hang together in every unit
 * that is shown, leadership goes with competence use and against wanting a larger position, and
 * which driver matters most differs between units. The index definitions and reverse scoring come
 * from survey-service's instrument catalogue, not from the generator.
 */
class DemoAnswersStructureTest {

  private static final Path INSTRUMENTS =
      Path.of(System.getProperty("saman.root", "../.."))
          .resolve("survey-service/src/main/resources/instruments");

  private static final int THRESHOLD = 5;

  private static final List<Index> INDICES = new ArrayList<>();
  private static final Map<String, Integer> REVERSED_AROUND = new HashMap<>();

  /** A multi-item index of the catalogue. */
  record Index(String id, List<String> items, int minAnswered) {}

  @BeforeAll
  static void readTheCatalogue() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String file : List.of("KOMPETANSE.json", "LEIING.json", "NAERVAER.json")) {
      JsonNode module = json.readTree(INSTRUMENTS.resolve(file).toFile());
      for (JsonNode item : module.get("items")) {
        if (item.path("reverse").asBoolean()) {
          REVERSED_AROUND.put(
              item.get("id").asText(), item.get("min").asInt() + item.get("max").asInt());
        }
      }
      for (JsonNode index : module.path("indices")) {
        List<String> items = new ArrayList<>();
        index.get("items").forEach(i -> items.add(i.asText()));
        INDICES.add(new Index(index.get("id").asText(), items, index.get("minAnswered").asInt()));
      }
    }
    assertThat(INDICES)
        .extracting(Index::id)
        .containsExactlyInAnyOrder(
            "competence_drivers_index", "mastery_leadership_index", "presence_index");
    assertThat(REVERSED_AROUND).containsEntry("N4", 6);
  }

  @Test
  void shouldGiveEveryIndexACronbachsAlphaBetween070And095InEveryShownUnit() {
    int checked = 0;
    for (Municipality municipality : DemoOrganisation.ALL) {
      for (Unit unit : municipality.units()) {
        for (Draw draw : new Draw[] {unit.earlier(), unit.current()}) {
          if (draw == null || draw.n() < THRESHOLD) {
            continue;
          }
          List<Map<String, Object>> answers = answers(unit.code(), draw);
          for (Index index : INDICES) {
            double alpha = alpha(answers, index);
            assertThat(alpha)
                .as("%s of %s (seed %d)", index.id(), unit.name(), draw.seed())
                .isBetween(0.7, 0.95);
            checked++;
          }
        }
      }
    }
    assertThat(checked).as("14 shown units and waves, 3 indices each").isEqualTo(42);
  }

  @Test
  void shouldCorrelateTheLeadershipIndexPositivelyWithCompetenceUseInEveryMunicipality() {
    Index leadership = index("mastery_leadership_index");
    for (Municipality municipality : DemoOrganisation.ALL) {
      for (boolean current : new boolean[] {false, true}) {
        List<double[]> pairs = new ArrayList<>();
        for (Unit unit : municipality.units()) {
          Draw draw = current ? unit.current() : unit.earlier();
          if (draw == null) {
            continue;
          }
          for (Map<String, Object> a : answers(unit.code(), draw)) {
            Double score = score(a, leadership);
            if (score != null && a.get("K1") instanceof Integer k1) {
              pairs.add(new double[] {score, k1});
            }
          }
        }
        assertThat(correlation(pairs))
            .as("leadership and K1 in %s, %s wave", municipality.name(), current ? "2013" : "2012")
            .isPositive();
      }
    }
  }

  @Test
  void shouldLetTheStrongestDriverOfCompetenceUseDifferFromUnitToUnit() {
    Index leadership = index("mastery_leadership_index");
    List<String> strongest = new ArrayList<>();
    for (Municipality municipality : DemoOrganisation.ALL) {
      for (Unit unit : municipality.units()) {
        if (unit.current() == null || unit.current().n() < 50) {
          continue;
        }
        List<Map<String, Object>> answers = answers(unit.code(), unit.current());
        String best = null;
        double highest = Double.NEGATIVE_INFINITY;
        for (String driver : List.of("leadership", "K2", "K3", "K4", "K5", "K6")) {
          List<double[]> pairs = new ArrayList<>();
          for (Map<String, Object> a : answers) {
            Double x = driver.equals("leadership") ? score(a, leadership) : scored(a, driver);
            if (x != null && a.get("K1") instanceof Integer k1) {
              pairs.add(new double[] {x, k1});
            }
          }
          double r = correlation(pairs);
          if (r > highest) {
            highest = r;
            best = driver;
          }
        }
        strongest.add(best);
      }
    }
    assertThat(strongest).hasSize(4);
    assertThat(strongest.stream().distinct().count())
        .as("strongest drivers %s", strongest)
        .isGreaterThan(1);
  }

  @Test
  void shouldFindThoseWantingALargerPositionUnderPoorerLeadershipInEveryMunicipality() {
    Index leadership = index("mastery_leadership_index");
    for (Municipality municipality : DemoOrganisation.ALL) {
      List<double[]> pairs = new ArrayList<>();
      for (Unit unit : municipality.units()) {
        if (unit.current() == null) {
          continue;
        }
        for (Map<String, Object> a : answers(unit.code(), unit.current())) {
          Double score = score(a, leadership);
          if (score != null) {
            boolean wants = (Integer) a.get("H2") > (Integer) a.get("H1");
            pairs.add(new double[] {score, wants ? 1 : 0});
          }
        }
      }
      assertThat(correlation(pairs))
          .as("leadership and wanting more in %s", municipality.name())
          .isNegative();
    }
  }

  private static List<Map<String, Object>> answers(String unit, Draw draw) {
    List<Map<String, Object>> answers = new ArrayList<>();
    for (Map<String, Object> body : DemoAnswers.draw(unit, draw)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> a = (Map<String, Object>) body.get("answers");
      answers.add(a);
    }
    return answers;
  }

  private static Index index(String id) {
    return INDICES.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  private static Double scored(Map<String, Object> answers, String item) {
    if (!(answers.get(item) instanceof Integer x)) {
      return null;
    }
    Integer around = REVERSED_AROUND.get(item);
    return around == null ? x : (double) (around - x);
  }

  /** The respondent's index score under the catalogue's rule, or null below minAnswered. */
  private static Double score(Map<String, Object> answers, Index index) {
    double sum = 0;
    int answered = 0;
    for (String item : index.items()) {
      Double x = scored(answers, item);
      if (x != null) {
        sum += x;
        answered++;
      }
    }
    return answered >= index.minAnswered() ? sum / answered : null;
  }

  /** Cronbach's alpha over the respondents who answered every item of the index. */
  private static double alpha(List<Map<String, Object>> answers, Index index) {
    List<double[]> complete = new ArrayList<>();
    for (Map<String, Object> a : answers) {
      double[] row = new double[index.items().size()];
      boolean all = true;
      for (int j = 0; j < row.length && all; j++) {
        Double x = scored(a, index.items().get(j));
        all = x != null;
        row[j] = all ? x : 0;
      }
      if (all) {
        complete.add(row);
      }
    }
    int k = index.items().size();
    double itemVariances = 0;
    for (int j = 0; j < k; j++) {
      int item = j;
      itemVariances += variance(complete.stream().mapToDouble(r -> r[item]).toArray());
    }
    double[] totals =
        complete.stream().mapToDouble(r -> java.util.Arrays.stream(r).sum()).toArray();
    return k / (k - 1.0) * (1 - itemVariances / variance(totals));
  }

  private static double variance(double[] x) {
    double mean = java.util.Arrays.stream(x).average().orElseThrow();
    return java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
  }

  private static double correlation(List<double[]> pairs) {
    double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
    double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
    double mx = java.util.Arrays.stream(x).average().orElseThrow();
    double my = java.util.Arrays.stream(y).average().orElseThrow();
    double sxy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
    }
    return sxy / Math.sqrt(variance(x) * variance(y)) / (x.length - 1);
  }
}
