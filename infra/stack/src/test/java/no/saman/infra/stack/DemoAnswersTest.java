package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.saman.infra.demo.DemoAnswers;
import no.saman.infra.demo.DemoOrganisation;
import no.saman.infra.demo.DemoOrganisation.Draw;
import no.saman.infra.demo.DemoOrganisation.Municipality;
import no.saman.infra.demo.DemoOrganisation.Unit;
import org.junit.jupiter.api.Test;

class DemoAnswersTest {

  @Test
  void shouldDrawEveryDemoUnitWithItsExactMeanAndShareAndAnswersOnTheScale() {
    int draws = 0;
    for (Municipality municipality : DemoOrganisation.ALL) {
      for (Unit unit : municipality.units()) {
        for (Draw draw :
            Stream.of(unit.earlier(), unit.current()).filter(d -> d != null).toList()) {
          assertExact(unit.code(), draw);
          draws++;
        }
      }
    }
    assertThat(draws).isEqualTo(18);
  }

  @Test
  void shouldDrawTheSameAnswersOnEveryRun() {
    Unit institutions = DemoOrganisation.ALL.get(0).units().get(1);
    Draw fraenaInstitutions = institutions.current();
    assertThat(fraenaInstitutions.n()).isEqualTo(57);
    assertThat(fraenaInstitutions.sumOfH1()).isEqualTo(3335);
    assertThat(DemoAnswers.draw(institutions.code(), fraenaInstitutions))
        .isEqualTo(DemoAnswers.draw(institutions.code(), fraenaInstitutions));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldLeaveAboutFivePercentOfTheOptionalItemsBlankAndNeverH1OrH2() {
    int asked = 0;
    int answered = 0;
    for (Municipality municipality : DemoOrganisation.ALL) {
      for (Unit unit : municipality.units()) {
        if (unit.current() == null) {
          continue;
        }
        for (Map<String, Object> body : DemoAnswers.draw(unit.code(), unit.current())) {
          Map<String, Object> answers = (Map<String, Object>) body.get("answers");
          assertThat(answers).containsKeys("H1", "H2");
          // K1–K6, L1–L7, N1–N6 and H3, H5, H6, H7 may be left blank.
          asked += 23;
          answered +=
              (int) answers.keySet().stream().filter(id -> id.matches("[KLN]\\d|H[3567]")).count();
        }
      }
    }
    assertThat(1 - (double) answered / asked).isBetween(0.03, 0.07);
  }

  @Test
  void shouldDrawTheSameRespondentsWhateverTheRoundsModules() {
    Unit homeServices = DemoOrganisation.ALL.get(0).units().get(2);
    Draw draw = homeServices.current();
    List<Map<String, Object>> all = DemoAnswers.draw(homeServices.code(), draw);
    List<Map<String, Object>> some =
        DemoAnswers.draw(homeServices.code(), draw, List.of("HEILTID", "LEIING"));
    for (int i = 0; i < all.size(); i++) {
      Map<?, ?> full = (Map<?, ?>) all.get(i).get("answers");
      Map<?, ?> part = (Map<?, ?>) some.get(i).get("answers");
      assertThat(part.keySet()).allMatch(id -> ((String) id).matches("[HL]\\d"));
      part.forEach((id, value) -> assertThat(full.get(id)).isEqualTo(value));
      assertThat(part.get("H1")).isEqualTo(full.get("H1"));
    }
  }

  @SuppressWarnings("unchecked")
  private static void assertExact(String unit, Draw draw) {
    List<Map<String, Object>> bodies = DemoAnswers.draw(unit, draw);
    assertThat(bodies).hasSize(draw.n());
    int sum = 0;
    int wanting = 0;
    for (Map<String, Object> body : bodies) {
      Map<String, Object> answers = (Map<String, Object>) body.get("answers");
      int h1 = (Integer) answers.get("H1");
      int h2 = (Integer) answers.get("H2");
      assertThat(h1).isBetween(1, 100);
      assertThat(h2).isBetween(1, 100);
      if (h1 == 100) {
        assertThat(answers).doesNotContainKey("H4");
      }
      answers.forEach(
          (item, value) -> {
            if (item.equals("N1")) {
              assertThat(value).isIn("0", "1-3", "4-7", "8-14", "15-30", "31_plus");
            } else if (item.matches("[KLN]\\d")) {
              assertThat((Integer) value).as(item).isBetween(1, 5);
            }
          });
      sum += h1;
      wanting += h2 > h1 ? 1 : 0;
    }
    assertThat(sum).isEqualTo(draw.sumOfH1());
    assertThat(wanting).isEqualTo(draw.wantingLarger());
  }
}
