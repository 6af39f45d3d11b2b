package no.saman.analytics.support;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces survey events to the real broker the way survey-service does: JSON, keyed, acked. The
 * topics are shared by all test classes, so a class that adds units uses a municipality of its own.
 */
public final class TestEvents implements AutoCloseable {

  public static final String RESPONSES = "survey.response.v1";
  public static final String ORGANISATION = "survey.organisation.v1";
  public static final String ROUNDS = "survey.rounds.v1";

  /** Survey-service's creation order, one sequence for every round any test class creates. */
  private static final AtomicLong CREATION = new AtomicLong();

  private static final Map<String, Long> CREATED = new ConcurrentHashMap<>();

  private final KafkaProducer<String, String> producer;
  private final ObjectMapper json = ObjectMapper.getDefault();

  public TestEvents(String bootstrapServers) {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new StringSerializer());
  }

  /** Sends and waits until the broker has it. */
  public void send(String topic, String key, String value) {
    try {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException("could not produce to " + topic, e);
    }
  }

  /** Fræna with its units: Pleie og omsorg (5) › Institusjonstenesta (90); Heimebaserte (230). */
  public void sendFraena() {
    sendMunicipality("1548", "Fræna", "Møre og Romsdal", "nn");
    sendUnit("1548", "1548-PLO", "Pleie og omsorg", null, 5, "administrasjon");
    sendUnit("1548", "1548-PLO-INST", "Institusjonstenesta", "1548-PLO", 90, "sjukeheim");
    sendUnit("1548", "1548-HEIM", "Heimebaserte tenester", null, 230, "heimeteneste");
  }

  public void sendMunicipality(String code, String name, String county, String language) {
    send(
        ORGANISATION,
        code,
        json(
            Map.of(
                "schema",
                ORGANISATION,
                "type",
                "municipality",
                "municipality",
                code,
                "name",
                name,
                "county",
                county,
                "language",
                language)));
  }

  public void sendUnit(
      String municipality, String code, String name, String parent, int headcount, String type) {
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("schema", ORGANISATION);
    unit.put("type", "unit");
    unit.put("municipality", municipality);
    unit.put("unit", code);
    unit.put("name", name);
    unit.put("parent", parent);
    unit.put("headcount", headcount);
    unit.put("serviceType", type);
    send(ORGANISATION, municipality + "/" + code, json(unit));
  }

  /**
   * Gives the rounds their places in the creation order now, in this order, as survey-service does
   * when it creates them; a round not given one gets it when first sent.
   */
  public static void createInThisOrder(String... roundIds) {
    for (String roundId : roundIds) {
      created(roundId);
    }
  }

  private static long created(String roundId) {
    return CREATED.computeIfAbsent(roundId, id -> CREATION.incrementAndGet());
  }

  public void sendRound(String roundId, String municipality, String title) {
    sendRound(roundId, municipality, title, "2013-autumn", "2013-09-01", Instruments.heiltid());
  }

  /** A round of the wave, open from the date for four weeks, running the given modules. */
  public void sendRound(
      String roundId,
      String municipality,
      String title,
      String wave,
      String opens,
      List<Map<String, Object>> modules) {
    Map<String, Object> round = new LinkedHashMap<>();
    round.put("schema", ROUNDS);
    round.put("roundId", roundId);
    round.put("municipality", municipality);
    round.put("title", title);
    round.put("wave", wave);
    round.put("modules", modules.stream().map(m -> m.get("id")).toList());
    round.put("opens", opens);
    round.put("closes", java.time.LocalDate.parse(opens).plusWeeks(4).toString());
    round.put("status", "open");
    round.put("created", created(roundId));
    round.put("instrument", modules);
    send(ROUNDS, roundId, json(round));
  }

  /** A network of municipalities. */
  public void sendNetwork(String id, String name, String theme, List<String> members) {
    Map<String, Object> network = new LinkedHashMap<>();
    network.put("schema", ORGANISATION);
    network.put("type", "network");
    network.put("network", id);
    network.put("name", name);
    network.put("theme", theme);
    network.put("leader", "Nettverksleiar");
    network.put("members", members);
    send(ORGANISATION, "network/" + id, json(network));
  }

  /** A new response (random id) in the round, from the unit at the end of the path. */
  public String response(String roundId, List<String> unitPath, Map<String, Object> answers) {
    return response(
        roundId,
        "2013-autumn",
        unitPath,
        Map.of("occupation", "helsefagarbeider", "ageBand", "30-39"),
        answers,
        Map.of());
  }

  /** A new response with everything chosen by the caller. */
  public String response(
      String roundId,
      String wave,
      List<String> unitPath,
      Map<String, String> background,
      Map<String, Object> answers,
      Map<String, String> comments) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("schema", RESPONSES);
    event.put("responseId", UUID.randomUUID().toString());
    event.put("roundId", roundId);
    event.put("wave", wave);
    event.put("municipality", unitPath.get(0));
    event.put("unitPath", unitPath);
    event.put("submittedOn", "2013-09-10");
    event.put("language", "nn");
    event.put("background", background);
    event.put("answers", answers);
    if (!comments.isEmpty()) {
      event.put("comments", comments);
    }
    return json(event);
  }

  /** Sends the events (responses keyed by municipality) and waits until the broker has them. */
  public void sendAll(String municipality, List<String> responses) {
    for (String response : responses) {
      producer.send(new ProducerRecord<>(RESPONSES, municipality, response));
    }
    producer.flush();
  }

  /** Sends one new response per answer set and waits until the broker has them all. */
  public void sendResponses(String roundId, List<String> unitPath, List<Map<String, Object>> all) {
    for (Map<String, Object> answers : all) {
      producer.send(
          new ProducerRecord<>(RESPONSES, unitPath.get(0), response(roundId, unitPath, answers)));
    }
    producer.flush();
  }

  public String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
