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
  void shouldAcceptTheOrganisationAndRoundExamples() {
    EventContract organisation = EventContract.forTopic("survey.organisation.v1");
    for (String example : new String[] {"municipality", "unit", "network"}) {
      assertThat(
              organisation.violations(
                  EventContract.example("examples/survey.organisation.v1." + example + ".json")))
          .as(example)
          .isEmpty();
    }
    assertThat(
            EventContract.forTopic("survey.rounds.v1")
                .violations(EventContract.example("examples/survey.rounds.v1.round.json")))
        .isEmpty();
  }

  @Test
  void shouldRequireEachOrganisationTypesOwnFields() {
    assertThat(
            EventContract.forTopic("survey.organisation.v1")
                .violations(
                    "{\"schema\":\"survey.organisation.v1\",\"type\":\"network\",\"name\":\"X\"}"))
        .anySatisfy(m -> assertThat(m).contains("members"));
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
