package no.saman.analytics.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnonymityThresholdTest {

  private final AnonymityThreshold fiveResponses = new AnonymityThreshold(5);

  @Test
  void shouldSuppressAGroupBelowTheThresholdWithoutEvenComputingItsFigures() {
    Disclosure<String> disclosure =
        fiveResponses.disclose(
            4,
            () -> {
              throw new AssertionError("figures of a suppressed group were computed");
            });

    assertThat(disclosure).isEqualTo(new Disclosure.Suppressed<String>("too_few_responses"));
  }

  @Test
  void shouldShowAGroupAtTheThreshold() {
    assertThat(fiveResponses.disclose(5, () -> "figures"))
        .isEqualTo(new Disclosure.Shown<>(5, "figures"));
    assertThat(fiveResponses.permits(4)).isFalse();
    assertThat(fiveResponses.permits(5)).isTrue();
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
}
