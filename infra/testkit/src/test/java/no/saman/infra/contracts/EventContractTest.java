package no.saman.infra.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventContractTest {

  private final EventContract contract = EventContract.forTopic("survey.response.v1");

  @Test
  void shouldAcceptTheShippedExamples() {
    assertThat(
            contract.violations(
                EventContract.example("examples/survey.response.v1.institusjonstenesta.json")))
        .isEmpty();
    assertThat(
            contract.violations(EventContract.example("examples/survey.response.v1.minimal.json")))
        .isEmpty();
  }

  @Test
  void shouldRejectAnEventWithoutRoundAndWithATimeOfDay() {
    assertThat(
            contract.violations(
                EventContract.example("examples/invalid/survey.response.v1.missing-round.json")))
        .anySatisfy(m -> assertThat(m).contains("roundId"))
        .anySatisfy(m -> assertThat(m).contains("submittedOn"));
  }
}
