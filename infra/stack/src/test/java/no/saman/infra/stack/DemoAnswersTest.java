package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.saman.infra.demo.DemoAnswers;
import no.saman.infra.demo.DemoOrganisation;
import no.saman.infra.demo.DemoOrganisation.Draw;
import org.junit.jupiter.api.Test;

class DemoAnswersTest {

  @Test
  void shouldDrawEveryDemoUnitWithItsExactMeanAndShareAndAnswersOnTheScale() {
    List<Draw> draws =
        DemoOrganisation.ALL.stream()
            .flatMap(m -> m.units().stream())
            .flatMap(u -> Stream.of(u.earlier(), u.current()))
            .filter(d -> d != null)
            .toList();
    assertThat(draws).hasSize(18);
    for (Draw draw : draws) {
      assertExact(draw);
    }
  }

  @Test
  void shouldDrawTheSameAnswersOnEveryRun() {
    Draw fraenaInstitutions = DemoOrganisation.ALL.get(0).units().get(1).current();
    assertThat(fraenaInstitutions.n()).isEqualTo(57);
    assertThat(fraenaInstitutions.sumOfH1()).isEqualTo(3335);
    assertThat(DemoAnswers.draw(fraenaInstitutions))
        .isEqualTo(DemoAnswers.draw(fraenaInstitutions));
  }

  @SuppressWarnings("unchecked")
  private static void assertExact(Draw draw) {
    List<Map<String, Object>> bodies = DemoAnswers.draw(draw);
    assertThat(bodies).hasSize(draw.n());
    int sum = 0;
    int wanting = 0;
    for (Map<String, Object> body : bodies) {
      Map<String, Object> answers = (Map<String, Object>) body.get("answers");
      int h1 = (Integer) answers.get("H1");
      int h2 = (Integer) answers.get("H2");
      assertThat(h1).isBetween(1, 100);
      assertThat(h2).isBetween(1, 100);
      assertThat(answers.containsKey("H4")).isEqualTo(h1 < 100);
      for (String item : List.of("K1", "K6", "L1", "L7")) {
        assertThat((Integer) answers.get(item)).isBetween(1, 5);
      }
      sum += h1;
      wanting += h2 > h1 ? 1 : 0;
    }
    assertThat(sum).isEqualTo(draw.sumOfH1());
    assertThat(wanting).isEqualTo(draw.wantingLarger());
  }
}
