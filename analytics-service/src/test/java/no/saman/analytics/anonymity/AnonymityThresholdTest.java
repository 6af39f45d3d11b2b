package no.saman.analytics.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnonymityThresholdTest {

  private final AnonymityGuard fiveResponses = new AnonymityGuard(new AnonymityThreshold(5));

  @Test
  void shouldSuppressAGroupBelowTheThresholdWithoutEvenBuildingItsFigures() {
    Verdicts verdicts = fiveResponses.decide(table(4));

    Disclosure<String> disclosure =
        verdicts.disclose(
            0,
            0,
            allowed -> {
              throw new AssertionError("figures of a suppressed group were built");
            });

    assertThat(disclosure).isEqualTo(new Disclosure.Suppressed<String>("too_few_responses"));
    assertThat(verdicts.figures(0, 0)).isEmpty();
  }

  @Test
  void shouldShowAGroupAtTheThresholdWithTheFiguresThatRestOnEnough() {
    Verdicts verdicts = fiveResponses.decide(table(5));

    assertThat(verdicts.disclose(0, 0, allowed -> allowed))
        .isEqualTo(new Disclosure.Shown<>(5, java.util.Set.of("avg_position_size")));
  }

  @Test
  void shouldRefuseAThresholdBelowThree() {
    assertThatThrownBy(() -> new AnonymityThreshold(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 3");
    assertThat(new AnonymityThreshold(3).k()).isEqualTo(3);
  }

  @Test
  void shouldKeepCommentsAtTheirOwnThresholdNeverBelowK() {
    assertThat(new AnonymityThreshold(5).commentK()).isEqualTo(10);
    assertThat(new AnonymityThreshold(12).commentK()).isEqualTo(12);
    assertThat(new AnonymityThreshold(3, 4).commentK()).isEqualTo(4);
    assertThatThrownBy(() -> new AnonymityThreshold(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comment threshold");
  }

  /** One group whose position size rests on all its respondents and P1 on three of them. */
  private static GroupTable table(long responses) {
    return new GroupTable(
        List.of(
            new GroupTable.Row(
                "1548",
                -1,
                List.of(
                    new GroupTable.Cell(
                        responses,
                        Map.of("avg_position_size", responses, "partnership_score", 3L))))),
        List.of());
  }
}
