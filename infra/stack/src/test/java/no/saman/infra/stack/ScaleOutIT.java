package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import no.saman.infra.demo.JsonHttp;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two survey-service instances on one schema and two analytics-service instances on one schema and
 * in one consumer group, from the packaged jars: the response partitions are split between the
 * analytics instances, either answers the same, a response counted by one instance is in the
 * other's next answer although that one's statistics cache was warm, and every 201 — through either
 * survey-service — is counted exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutIT {

  private static final String TOPIC = "survey.response.v1";
  private static final int PARTITIONS = 6;
  private static final List<String> MUNICIPALITIES =
      List.of("9801", "9802", "9803", "9804", "9805", "9806", "9807", "9808");
  private static final int FIRST_WAVE_PER_MUNICIPALITY = 12;

  private PackagedServices services;
  private JsonHttp[] analytics;
  private IntakeRounds rounds;
  private final Map<String, Integer> accepted = new HashMap<>();

  @BeforeAll
  void startTwoOfEach() {
    services = PackagedServices.start(PackagedServices.Setup.of("scaleout").withInstances(2));
    String token =
        new JsonHttp(services.surveyUrl(0))
            .login(PackagedServices.ADMIN_USERNAME, PackagedServices.ADMIN_PASSWORD);
    JsonHttp admin = new JsonHttp(services.surveyUrl(1)).withToken(token);
    rounds = IntakeRounds.open(admin, "2099-scaleout", "scaleout", MUNICIPALITIES, 40);
    analytics =
        new JsonHttp[] {
          new JsonHttp(services.analyticsUrl(0)).withToken(token),
          new JsonHttp(services.analyticsUrl(1)).withToken(token)
        };
  }

  @AfterAll
  void stop() {
    if (services != null) {
      services.close();
    }
  }

  @Test
  void shouldSplitThePartitionsAnswerAlikeKeepTheCachesFreshAndCountEach201Once() throws Exception {
    List<Set<Integer>> owned = awaitPartitionsSplit();
    System.out.printf("analytics instances own response partitions %s%n", owned);

    // Through both survey-service instances, alternately.
    int n = 0;
    for (String code : MUNICIPALITIES) {
      for (int i = 0; i < FIRST_WAVE_PER_MUNICIPALITY; i++) {
        submit(n++ % 2, code);
      }
    }
    awaitCountedByBoth();
    assertSameAnswers();

    // Both caches are warm now. A response on a partition that only instance `owner` consumes must
    // be in the other instance's very next answer once `owner` has counted it: the cache is keyed
    // by the statistics version in the shared database, not by what this instance consumed.
    for (int owner = 0; owner < 2; owner++) {
      String code = municipalityOwnedBy(owned.get(owner));
      int other = 1 - owner;
      int before = rounds.counted(analytics[other], code);
      assertSameAnswers();
      submit(other, code); // through the other instance's survey-service, on purpose
      int expected = accepted.get(code);
      assertThat(expected).isEqualTo(before + 1);
      int owningInstance = owner;
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> rounds.counted(analytics[owningInstance], code) == expected);
      assertThat(rounds.counted(analytics[other], code))
          .as(
              "municipality %s on a partition of instance %d, asked at instance %d",
              code, owner, other)
          .isEqualTo(expected);
      assertSameAnswers();
    }

    awaitOutboxDrained();
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(20))
        .until(this::countedByFirst, accepted::equals);
    assertThat(countedByFirst()).as("counted per municipality = its 201s").isEqualTo(accepted);
    assertThat(processedResponses())
        .as("response events recorded once each")
        .isEqualTo(accepted.values().stream().mapToInt(Integer::intValue).sum());
    assertSameAnswers();
  }

  /** Waits until both consumers have joined and split the partitions of the response topic. */
  private List<Set<Integer>> awaitPartitionsSplit() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, services.kafkaBootstrapServers());
    try (Admin admin = Admin.create(p)) {
      return await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> assignment(admin), ScaleOutIT::splitBetweenTwo);
    }
  }

  private List<Set<Integer>> assignment(Admin admin) throws Exception {
    String group = services.analyticsGroupId();
    // Each instance has several members (consumer threads), named <group>-<pid>-consumer-<n>.
    Map<String, Set<Integer>> byInstance = new java.util.TreeMap<>();
    for (MemberDescription member :
        admin
            .describeConsumerGroups(List.of(group))
            .all()
            .get(10, TimeUnit.SECONDS)
            .get(group)
            .members()) {
      String instance = member.clientId().replaceFirst("-consumer-\\d+$", "");
      Set<Integer> partitions = byInstance.computeIfAbsent(instance, i -> new HashSet<>());
      for (TopicPartition tp : member.assignment().topicPartitions()) {
        if (tp.topic().equals(TOPIC)) {
          partitions.add(tp.partition());
        }
      }
    }
    return new ArrayList<>(byInstance.values());
  }

  private static boolean splitBetweenTwo(List<Set<Integer>> owned) {
    if (owned.size() != 2 || owned.get(0).isEmpty() || owned.get(1).isEmpty()) {
      return false;
    }
    Set<Integer> all = new HashSet<>(owned.get(0));
    all.addAll(owned.get(1));
    return all.size() == PARTITIONS && owned.get(0).size() + owned.get(1).size() == PARTITIONS;
  }

  /**
   * A municipality whose responses land on one of the partitions (the producer's hash of the key).
   */
  private static String municipalityOwnedBy(Set<Integer> partitions) {
    for (String code : MUNICIPALITIES) {
      int partition =
          Utils.toPositive(Utils.murmur2(code.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
      if (partitions.contains(partition)) {
        return code;
      }
    }
    throw new AssertionError("No test municipality hashes to a partition of " + partitions);
  }

  private void submit(int instance, String code) {
    int status = IntakeRounds.submit(services.surveyUrl(instance), rounds.nextLink(code));
    assertThat(status)
        .as("a response to %s through survey-service %d", code, instance)
        .isEqualTo(201);
    accepted.merge(code, 1, Integer::sum);
  }

  private void awaitCountedByBoth() {
    for (JsonHttp instance : analytics) {
      await()
          .atMost(Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(300))
          .until(() -> counted(instance), accepted::equals);
    }
  }

  private Map<String, Integer> countedByFirst() {
    return counted(analytics[0]);
  }

  private Map<String, Integer> counted(JsonHttp instance) {
    Map<String, Integer> counts = new HashMap<>();
    for (String code : MUNICIPALITIES) {
      counts.put(code, rounds.counted(instance, code));
    }
    return counts;
  }

  /** Round results, municipality results and the network comparison: the same JSON from both. */
  private void assertSameAnswers() {
    List<String> paths = new ArrayList<>();
    paths.add("/api/networks/" + rounds.network() + "/comparison?wave=" + rounds.wave());
    for (String code : MUNICIPALITIES) {
      paths.add("/api/rounds/" + rounds.round(code) + "/results");
      paths.add("/api/municipalities/" + code + "/results?wave=" + rounds.wave());
    }
    for (String path : paths) {
      JsonNode first = ok(analytics[0], path);
      JsonNode second = ok(analytics[1], path);
      assertThat(second).as("%s from the second instance", path).isEqualTo(first);
    }
  }

  /** The answer without its {@code asOf} members: when it was read, not what it says. */
  private static JsonNode ok(JsonHttp instance, String path) {
    JsonHttp.Reply reply = instance.get(path);
    assertThat(reply.status()).as("%s: %s", path, reply.body()).isEqualTo(200);
    JsonNode answer = reply.json();
    withoutReadingTime(answer);
    return answer;
  }

  private static void withoutReadingTime(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("asOf");
    }
    node.forEach(ScaleOutIT::withoutReadingTime);
  }

  private void awaitOutboxDrained() {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> count(services.surveyDatabase().jdbcUrl(), "SELECT COUNT(*) FROM outbox") == 0);
  }

  private long processedResponses() throws SQLException {
    return count(services.analyticsDatabase().jdbcUrl(), "SELECT COUNT(*) FROM response_answers");
  }

  private static long count(String jdbc, String sql) throws SQLException {
    try (Connection c =
            java.sql.DriverManager.getConnection(
                jdbc,
                no.saman.infra.testing.TestDatabase.user(),
                no.saman.infra.testing.TestDatabase.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
