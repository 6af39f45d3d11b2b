package no.saman.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.saman.infra.kafka.KraftBroker;
import no.saman.infra.stack.ServiceProcess;
import no.saman.infra.testing.TestDatabase;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fault drill (quality.md, issue 13): the packaged analytics-service is killed with SIGKILL again
 * and again while it consumes a backlog, restarted each time, and its statistics at the end must
 * equal, row for row, a from-scratch recomputation of the same topics (the rebuild command into a
 * fresh schema). A broker of its own (municipalities 7000-7011), so that no other test's events are
 * in its topics.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KillDrillIT {

  private static final int RESPONSES = 10_000;
  private static final int KILLS = 3;

  /**
   * Records per poll: small against the backlog, so that each kill lands while batches remain (the
   * default, 10 000, would take the whole backlog in one or two).
   */
  private static final int BATCH = 500;

  private static final List<String> STATISTICS =
      List.of(
          "unit_response_count ORDER BY round_id, unit, segment",
          "unit_measure_stats ORDER BY round_id, unit, segment, measure",
          "unit_item_histogram ORDER BY round_id, unit, segment, item, answer",
          "unit_choice_count ORDER BY round_id, unit, segment, item, choice");

  private final Path root = Path.of(System.getProperty("saman.root", "../..")).toAbsolutePath();
  private final Path logs = root.resolve("infra/stack/target/kill-drill-logs");
  private final TestDatabase live = TestDatabase.create("kill_live");
  private final TestDatabase recomputed = TestDatabase.create("kill_recomputed");
  private KraftBroker broker;

  @BeforeAll
  void startBroker() throws java.io.IOException {
    broker = new KraftBroker(Files.createTempDirectory("kill-drill-kafka"), 0).start();
  }

  @AfterAll
  void stop() {
    broker.close();
    live.close();
    recomputed.close();
  }

  @Test
  void statisticsAfterRepeatedKillsEqualARecomputationFromScratch() throws Exception {
    ScaleTree tree = new ScaleTree(12, 7000, 60);
    try (ScaleEvents events = new ScaleEvents(broker.bootstrapServers(), root)) {
      events.createTopics();
      events.sendOrganisationAndRounds(tree);
      events.sendResponses(tree, RESPONSES, 7000L);
    }
    long seen = 0;
    for (int kill = 1; kill <= KILLS; kill++) {
      // Killed as soon as a batch (a poll, up to BATCH records) has committed: the next one is then
      // being stored, and the kill lands in the middle of it.
      ServiceProcess analytics = start("analytics-killed-" + kill);
      awaitProcessed(analytics, seen + 1);
      analytics.kill();
      seen = count(live, "SELECT COUNT(*) FROM processed_event");
      assertThat(seen).as("kill %d came during consumption", kill).isLessThan(RESPONSES);
    }
    try (ServiceProcess analytics = start("analytics-final")) {
      awaitProcessed(analytics, RESPONSES);
      // No event is counted twice: the count stays at the number sent while the consumer runs on.
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(10))
          .until(this::countProcessed, n -> n == RESPONSES);
      assertThat(count(live, "SELECT COUNT(*) FROM processed_event")).isEqualTo(RESPONSES);
    }
    ServiceProcess rebuild =
        ServiceProcess.startJar(
            "analytics-recompute",
            jar(),
            List.of("-Xmx512m"),
            List.of("--rebuild", "--schema=" + recomputed.schema()),
            env(live),
            logs,
            0);
    rebuild.awaitExit(Duration.ofMinutes(10));

    assertThat(
            count(
                live,
                "SELECT COALESCE(SUM(responses), 0) FROM unit_response_count WHERE segment = ''"))
        .isEqualTo(RESPONSES);
    for (String table : STATISTICS) {
      assertThat(rows(live, table)).as(table).isEqualTo(rows(recomputed, table));
    }
    // The instrument has no choice items: the other three must have rows to compare.
    for (String table : STATISTICS.subList(0, 3)) {
      assertThat(rows(live, table)).as(table).isNotEmpty();
    }
  }

  private ServiceProcess start(String name) {
    int port = freePort();
    Map<String, String> env = env(live);
    env.put("ANALYTICS_PORT", String.valueOf(port));
    return ServiceProcess.startJar(
        name, jar(), List.of("-Xmx384m", "-XX:+UseSerialGC"), List.of(), env, logs, port);
  }

  private Map<String, String> env(TestDatabase database) {
    Map<String, String> env = new HashMap<>();
    env.put("MYSQL_URL", TestDatabase.serverUrl());
    env.put("MYSQL_USER", TestDatabase.user());
    env.put("MYSQL_PASSWORD", TestDatabase.password());
    env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
    env.put("ANALYTICS_DB_SCHEMA", database.schema());
    env.put("ANALYTICS_GROUP_ID", "kill-drill");
    env.put("ANALYTICS_CONSUMER_BATCH_RECORDS", String.valueOf(BATCH));
    // ~1.1 KB a response (README, Settings): a fetch holds about one poll.
    env.put("ANALYTICS_CONSUMER_PARTITION_FETCH_BYTES", String.valueOf(BATCH * 1100));
    env.put("JWT_SECRET", "kill-drill-test-secret-of-at-least-32-chars");
    return env;
  }

  private Path jar() {
    Path jar = root.resolve("analytics-service/target/analytics-service-0.1.0-SNAPSHOT.jar");
    assertThat(Files.isRegularFile(jar)).as("packaged %s", jar).isTrue();
    return jar;
  }

  /** Waits until at least {@code target} responses are stored; returns how many are. */
  private long awaitProcessed(ServiceProcess analytics, long target) throws Exception {
    AtomicLong stored = new AtomicLong();
    try {
      // Polled often: the kills should come soon after a batch committed, mid-consumption.
      await()
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> stored.updateAndGet(was -> countProcessed()) >= target);
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException(
          "stored " + stored + " of " + target + "; " + analytics + ":\n" + analytics.tail(), e);
    }
    return stored.get();
  }

  private long countProcessed() {
    try {
      return count(live, "SELECT COUNT(*) FROM processed_event");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(TestDatabase database, String sql) throws SQLException {
    try (Connection c = connect(database);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException notYet) {
      if (notYet.getErrorCode() == 1146) {
        return 0;
      }
      throw notYet;
    }
  }

  /** The table's rows as text; sums of squares rounded, as their order of addition differs. */
  private static List<String> rows(TestDatabase database, String tableAndOrder)
      throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = connect(database);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + tableAndOrder)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          Object value = rs.getObject(i);
          row.append(meta.getColumnName(i)).append('=');
          row.append(value instanceof Double d ? String.format("%.6e", d) : value).append(' ');
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  private static Connection connect(TestDatabase database) throws SQLException {
    return DriverManager.getConnection(
        database.jdbcUrl(), TestDatabase.user(), TestDatabase.password());
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
