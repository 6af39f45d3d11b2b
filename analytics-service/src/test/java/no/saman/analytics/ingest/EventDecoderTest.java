package no.saman.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.saman.infra.contracts.EventContract;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Holds the hand-written contract checks to the JSON schemas in infra/contracts. */
class EventDecoderTest {

  private static final ObjectMapper JSON = ObjectMapper.getDefault();
  private static final String RESPONSE = ResponseEvent.TOPIC;

  private final EventDecoder decoder = new EventDecoder(JSON);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "survey.response.v1:examples/survey.response.v1.institusjonstenesta.json",
        "survey.response.v1:examples/survey.response.v1.minimal.json",
        "survey.organisation.v1:examples/survey.organisation.v1.municipality.json",
        "survey.organisation.v1:examples/survey.organisation.v1.unit.json",
        "survey.rounds.v1:examples/survey.rounds.v1.round.json"
      })
  void shouldAcceptEveryShippedExample(String topicAndExample) {
    String[] parts = topicAndExample.split(":");
    String json = EventContract.example(parts[1]);

    assertThat(EventContract.forTopic(parts[0]).violations(json)).isEmpty();
    assertThat(decoder.decode(record(parts[0], json))).isInstanceOf(Decoded.Accepted.class);
  }

  @Test
  void shouldAcceptTheShippedNetworkExampleWithItsLeaderAndMembers() {
    String json = EventContract.example("examples/survey.organisation.v1.network.json");

    assertThat(EventContract.forTopic(OrganisationEvent.TOPIC).violations(json)).isEmpty();
    assertThat(decoder.decode(record(OrganisationEvent.TOPIC, json)))
        .isInstanceOfSatisfying(
            Decoded.Accepted.class,
            a -> {
              OrganisationEvent network = (OrganisationEvent) a.event();
              assertThat(network.isNetwork()).isTrue();
              assertThat(network.leader()).isEqualTo("Geir Johan Hansen");
              assertThat(network.members()).containsExactly("1219", "1227", "1702", "1245", "1824");
            });
  }

  @Test
  void shouldReadTheShippedRoundsInstrumentSnapshot() {
    String json = EventContract.example("examples/survey.rounds.v1.round.json");

    assertThat(decoder.decode(record(RoundEvent.TOPIC, json)))
        .isInstanceOfSatisfying(
            Decoded.Accepted.class,
            a -> {
              var instrument = ((RoundEvent) a.event()).toInstrument();
              assertThat(instrument.items()).extracting(i -> i.id()).startsWith("H1", "H2", "L1");
              assertThat(instrument.item("L7").orElseThrow().module()).isEqualTo("LEIING");
              assertThat(instrument.index("mastery_leadership_index").orElseThrow().minAnswered())
                  .isEqualTo(5);
            });
  }

  @Test
  void shouldRejectAnInstrumentItemWithAnUnknownType() {
    String json =
        EventContract.example("examples/survey.rounds.v1.round.json")
            .replace("\"type\": \"integer\"", "\"type\": \"slider\"");

    assertThat(EventContract.forTopic(RoundEvent.TOPIC).violations(json)).isNotEmpty();
    assertThat(decoder.decode(record(RoundEvent.TOPIC, json)))
        .isInstanceOfSatisfying(
            Decoded.Rejected.class,
            r -> assertThat(r.reason()).contains("instrument[0].items[0].type"));
  }

  @Test
  void shouldRejectANetworkWithoutMembers() {
    String json =
        "{\"schema\":\"survey.organisation.v1\",\"type\":\"network\","
            + "\"network\":\"sykefravaer-nord-vest\",\"name\":\"Sykefravær Nord-Vest\","
            + "\"theme\":\"sjukefråvær\"}";

    assertThat(EventContract.forTopic(OrganisationEvent.TOPIC).violations(json)).isNotEmpty();
    assertThat(decoder.decode(record(OrganisationEvent.TOPIC, json)))
        .isInstanceOf(Decoded.Rejected.class);
  }

  @Test
  void shouldRejectTheShippedInvalidExample() {
    String json = EventContract.example("examples/invalid/survey.response.v1.missing-round.json");

    assertThat(EventContract.forTopic(RESPONSE).violations(json)).isNotEmpty();
    assertThat(decoder.decode(record(RESPONSE, json)))
        .isInstanceOfSatisfying(
            Decoded.Rejected.class,
            r -> assertThat(r.reason()).contains("roundId").contains("submittedOn"));
  }

  @Test
  void shouldAgreeWithTheSchemaOnEveryMutationOfAResponse() throws IOException {
    List<Consumer<Map<String, Object>>> rejected =
        List.of(
            e -> e.remove("responseId"),
            e -> e.remove("answers"),
            e -> e.remove("unitPath"),
            e -> e.remove("schema"),
            e -> e.put("schema", "survey.response.v2"),
            e -> e.put("responseId", "not-a-uuid"),
            e -> e.put("wave", "autumn"),
            e -> e.put("municipality", "15480"),
            e -> e.put("unitPath", List.of("1548")),
            e -> e.put("unitPath", "1548/1548-PLO"),
            e -> e.put("submittedOn", "2013-09-10T10:00:00Z"),
            e -> e.put("language", "de"),
            e -> e.put("answers", Map.of("h1", 60)),
            e -> e.put("answers", Map.of("H1", 60.5)),
            e -> e.put("answers", Map.of("H1", Map.of("a", 1))),
            e -> e.put("answers", Map.of("H4", List.of(1, 2))),
            e -> e.put("roundId", ""));
    List<Consumer<Map<String, Object>>> accepted =
        List.of(
            e -> e.put("device", "phone"),
            e -> e.remove("background"),
            e -> e.remove("comments"),
            e -> e.put("answers", Map.of()));

    for (Consumer<Map<String, Object>> mutation : rejected) {
      String json = mutated(mutation);
      assertThat(EventContract.forTopic(RESPONSE).violations(json)).as(json).isNotEmpty();
      assertThat(decoder.decode(record(RESPONSE, json)))
          .as(json)
          .isInstanceOf(Decoded.Rejected.class);
    }
    for (Consumer<Map<String, Object>> mutation : accepted) {
      String json = mutated(mutation);
      assertThat(EventContract.forTopic(RESPONSE).violations(json)).as(json).isEmpty();
      assertThat(decoder.decode(record(RESPONSE, json)))
          .as(json)
          .isInstanceOf(Decoded.Accepted.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json {", "[1, 2]", "null", "\"text\"", "{\"schema\": "})
  void shouldRejectWhatIsNotAnEventObject(String value) {
    assertThat(decoder.decode(record(RESPONSE, value))).isInstanceOf(Decoded.Rejected.class);
  }

  @Test
  void shouldSkipTombstonesOnCompactedTopicsButRejectThemAsResponses() {
    assertThat(decoder.decode(record(OrganisationEvent.TOPIC, null)))
        .isInstanceOf(Decoded.Skipped.class);
    assertThat(decoder.decode(record(RESPONSE, null))).isInstanceOf(Decoded.Rejected.class);
  }

  @Test
  void shouldRejectAUnitWithoutHeadcount() {
    String json =
        "{\"schema\":\"survey.organisation.v1\",\"type\":\"unit\",\"municipality\":\"1548\","
            + "\"unit\":\"1548-X\",\"name\":\"X\",\"serviceType\":\"anna\"}";

    assertThat(EventContract.forTopic(OrganisationEvent.TOPIC).violations(json)).isNotEmpty();
    assertThat(decoder.decode(record(OrganisationEvent.TOPIC, json)))
        .isInstanceOf(Decoded.Rejected.class);
  }

  private static String mutated(Consumer<Map<String, Object>> mutation) throws IOException {
    Map<String, Object> event =
        new LinkedHashMap<>(
            JSON.readValue(
                EventContract.example("examples/survey.response.v1.institusjonstenesta.json"),
                Argument.mapOf(String.class, Object.class)));
    mutation.accept(event);
    return JSON.writeValueAsString(event);
  }

  private static ConsumerRecord<byte[], byte[]> record(String topic, String value) {
    byte[] bytes = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    return new ConsumerRecord<>(topic, 0, 0L, "1548".getBytes(StandardCharsets.UTF_8), bytes);
  }
}
