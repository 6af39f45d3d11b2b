package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.saman.infra.demo.DemoAnswers;
import org.junit.jupiter.api.Test;

class DemoAnswersTest {

  @Test
  void shouldDrawAnswersWithTheExactPublishedMeanAndShare() {
    assertExact(DemoAnswers.draw(1548_01, DemoAnswers.INSTITUTION_SIZES, 57, 3335, 24), 3335, 24);
    assertExact(DemoAnswers.draw(1548_02, DemoAnswers.HOME_SERVICE_SIZES, 62, 5120, 26), 5120, 26);
  }

  @SuppressWarnings("unchecked")
  private static void assertExact(
      List<Map<String, Object>> bodies, int expectedSum, int expectedWanting) {
    int sum = 0;
    int wanting = 0;
    for (Map<String, Object> body : bodies) {
      Map<String, Object> answers = (Map<String, Object>) body.get("answers");
      int h1 = (Integer) answers.get("H1");
      int h2 = (Integer) answers.get("H2");
      assertThat(h1).isBetween(1, 100);
      assertThat(h2).isBetween(1, 100);
      assertThat(answers.containsKey("H4")).isEqualTo(h1 < 100);
      sum += h1;
      wanting += h2 > h1 ? 1 : 0;
    }
    assertThat(sum).isEqualTo(expectedSum);
    assertThat(wanting).isEqualTo(expectedWanting);
  }
}
