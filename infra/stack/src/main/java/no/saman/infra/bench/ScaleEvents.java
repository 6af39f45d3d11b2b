package no.saman.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes the scale benchmark's events straight to Kafka, as survey-service's outbox would: the
 * topics as survey-service creates them, the organisation, one round per municipality with the
 * contract example's instrument (HEILTID and LEIING), then valid {@code survey.response.v1} events
 * drawn from a fixed seed, spread over the leaf units, keyed by municipality.
 */
final class ScaleEvents implements AutoCloseable {

  static final String RESPONSES = "survey.response.v1";
  static final String ORGANISATION = "survey.organisation.v1";
  static final String ROUNDS = "survey.rounds.v1";

  /** survey-service's KafkaTopics.PARTITIONS. */
  static final int PARTITIONS = 6;

  // The categories survey-service's background questions offer (as the demo data draws them), so
  // that the statistics' segments and the export's generalisation see what real rounds hold.
  private static final String[] OCCUPATIONS = {
    "nurse", "healthcare_worker", "assistant", "teacher", "kindergarten_teacher", "leader", "other"
  };
  private static final String[] AGE_BANDS = {"under_30", "30-39", "40-49", "50-59", "60_plus"};
  private static final String[] TENURE_BANDS = {"under_1", "1-2", "3-9", "10_plus"};
  private static final LocalDate OPENS = LocalDate.of(2025, 9, 1);

  private final ObjectMapper json = new ObjectMapper();
  private final String bootstrap;
  private final KafkaProducer<String, String> producer;
  private final ObjectNode instrumentRound;

  ScaleEvents(String bootstrap, Path root) {
    this.bootstrap = bootstrap;
    this.producer =
        new KafkaProducer<>(
            Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all",
                // Not idempotent: on a fresh broker the first batch to a partition can meet
                // NOT_LEADER_OR_FOLLOWER, after which the idempotent producer retried
                // OUT_OF_ORDER_SEQUENCE_NUMBER forever (seen at 100 000). One request in flight
                // keeps the order; a batch a retry repeats is a duplicate analytics drops by id.
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                false,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                1,
                ProducerConfig.LINGER_MS_CONFIG,
                20,
                ProducerConfig.BATCH_SIZE_CONFIG,
                256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4"),
            new StringSerializer(),
            new StringSerializer());
    try {
      this.instrumentRound =
          (ObjectNode)
              json.readTree(
                  root.resolve("infra/contracts/examples/survey.rounds.v1.round.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates the three topics as survey-service does (6 partitions; two compacted). */
  void createTopics()
      throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
    Map<String, String> compacted =
        Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    Map<String, String> kept = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(RESPONSES, PARTITIONS, (short) 1).configs(kept),
                  new NewTopic(ORGANISATION, PARTITIONS, (short) 1).configs(compacted),
                  new NewTopic(ROUNDS, PARTITIONS, (short) 1).configs(compacted)))
          .all()
          .get(60, TimeUnit.SECONDS);
      awaitLeaders(admin);
    }
  }

  /** Waits until every partition of the topics has a leader, so that the first sends land. */
  private static void awaitLeaders(Admin admin)
      throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      boolean ready =
          admin
              .describeTopics(List.of(RESPONSES, ORGANISATION, ROUNDS))
              .allTopicNames()
              .get(30, TimeUnit.SECONDS)
              .values()
              .stream()
              .allMatch(
                  t ->
                      t.partitions().size() == PARTITIONS
                          && t.partitions().stream().allMatch(p -> p.leader() != null));
      if (ready) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the topics' partitions have no leaders after 60 s");
      }
      Thread.sleep(200);
    }
  }

  /** The municipalities, their units, the network of all of them, and each one's round. */
  int sendOrganisationAndRounds(ScaleTree tree) {
    int sent = 0;
    List<String> members = new ArrayList<>();
    for (ScaleTree.Municipality m : tree.municipalities()) {
      members.add(m.code());
      ObjectNode municipality = organisation("municipality");
      municipality.put("municipality", m.code()).put("name", "Kommune " + m.code());
      municipality.put("county", "Fylke " + (m.code().charAt(2))).put("language", "nn");
      send(ORGANISATION, m.code(), municipality);
      sent++;
      for (String sector : m.sectors()) {
        send(
            ORGANISATION,
            m.code() + "/" + sector,
            unit(m.code(), sector, null, "Sektor " + sector));
        sent++;
      }
      for (ScaleTree.Leaf leaf : m.leaves()) {
        send(
            ORGANISATION,
            m.code() + "/" + leaf.unit(),
            unit(m.code(), leaf.unit(), leaf.path().get(1), "Eining " + leaf.unit()));
        sent++;
      }
      send(ROUNDS, m.roundId(), round(m));
      sent++;
    }
    ObjectNode network = organisation("network");
    network.put("network", ScaleTree.NETWORK).put("name", "Alle kommunane");
    network.put("theme", "heiltid").put("leader", "Skala Leiar");
    ArrayNode list = network.putArray("members");
    members.forEach(list::add);
    send(ORGANISATION, ScaleTree.NETWORK, network);
    producer.flush();
    return sent + 1;
  }

  /** Sends {@code count} responses drawn with the seed; waits until the broker has them all. */
  void sendResponses(ScaleTree tree, int count, long seed) {
    Random random = new Random(seed);
    List<ScaleTree.Leaf> leaves = tree.leaves();
    for (int i = 0; i < count; i++) {
      ScaleTree.Leaf leaf = leaves.get(random.nextInt(leaves.size()));
      send(RESPONSES, leaf.municipality(), response(leaf, random));
    }
    producer.flush();
  }

  private ObjectNode response(ScaleTree.Leaf leaf, Random random) {
    ObjectNode r = json.createObjectNode();
    r.put("schema", RESPONSES);
    r.put("responseId", new UUID(random.nextLong(), random.nextLong()).toString());
    r.put("roundId", "r-" + leaf.municipality() + "-scale");
    r.put("wave", ScaleTree.WAVE);
    r.put("municipality", leaf.municipality());
    ArrayNode path = r.putArray("unitPath");
    leaf.path().forEach(path::add);
    r.put("submittedOn", OPENS.plusDays(random.nextInt(29)).toString());
    r.put("language", random.nextInt(4) == 0 ? "nb" : "nn");
    ObjectNode background = r.putObject("background");
    background.put("occupation", OCCUPATIONS[random.nextInt(OCCUPATIONS.length)]);
    background.put("ageBand", AGE_BANDS[random.nextInt(AGE_BANDS.length)]);
    background.put("tenureBand", TENURE_BANDS[random.nextInt(TENURE_BANDS.length)]);
    ObjectNode answers = r.putObject("answers");
    answers.put("H1", 20 + random.nextInt(81));
    answers.put("H2", 1 + random.nextInt(100));
    int lean = random.nextInt(3);
    for (int item = 1; item <= 7; item++) {
      if (random.nextInt(10) > 0) {
        answers.put("L" + item, Math.min(5, 1 + lean + random.nextInt(3)));
      }
    }
    if (random.nextInt(20) == 0) {
      r.putObject("comments").put("LEIING", "Kommentar " + random.nextInt(1000));
    }
    return r;
  }

  private ObjectNode organisation(String type) {
    ObjectNode o = json.createObjectNode();
    o.put("schema", ORGANISATION).put("type", type);
    return o;
  }

  private ObjectNode unit(String municipality, String code, String parent, String name) {
    ObjectNode u = organisation("unit");
    u.put("municipality", municipality).put("unit", code).put("name", name);
    if (parent != null) {
      u.put("parent", parent);
    }
    u.put("headcount", 25).put("serviceType", parent == null ? "sektor" : "sjukeheim");
    return u;
  }

  private ObjectNode round(ScaleTree.Municipality m) {
    ObjectNode r = instrumentRound.deepCopy();
    r.put("roundId", m.roundId());
    r.put("municipality", m.code());
    r.put("title", "Skala " + m.code());
    r.put("wave", ScaleTree.WAVE);
    r.put("opens", OPENS.toString());
    r.put("closes", OPENS.plusDays(29).toString());
    r.put("status", "open");
    // Distinct places in the creation order, as survey-service's sequence gives them.
    r.put("created", Long.parseLong(m.code()));
    return r;
  }

  private void send(String topic, String key, ObjectNode value) {
    try {
      producer.send(new ProducerRecord<>(topic, key, json.writeValueAsString(value)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
