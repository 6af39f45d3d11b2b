package no.saman.infra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.saman.infra.stack.ServiceProcess;
import no.saman.infra.testing.TestDatabase;

/** One response count of the scale benchmark, on a broker, schemas and service of its own. */
final class ScaleRun {

  record Settings(
      Path root,
      Path dataDir,
      int kafkaPort,
      int analyticsPort,
      String schemaPrefix,
      String heap,
      int requests,
      int warmup,
      Path jfrDir,
      List<String> analyticsJvmOptions) {

    String liveSchema() {
      return schemaPrefix + "_live";
    }

    String rebuiltSchema() {
      return schemaPrefix + "_rebuilt";
    }

    /** The jar as built; the run starts a copy of its own (a build may rewrite this one). */
    Path builtJar() {
      return root.resolve("analytics-service/target/analytics-service-0.1.0-SNAPSHOT.jar");
    }

    Path analyticsJar() {
      return dataDir.resolve("analytics-service.jar");
    }
  }

  /** One line of the table; each figure with the 1-minute load average when it was taken. */
  record Row(
      int responses,
      String consumption,
      String rebuild,
      String results,
      String comparison,
      String export,
      String networkExport) {

    static final String HEADER =
        "| responses | consumption | full rebuild (topic replay) | results of the 200-unit"
            + " municipality, p95 | comparison over 400 municipalities, p95 | CSV export of the"
            + " 200-unit municipality's round | CSV export of the network's wave (400"
            + " municipalities) |\n|---:|---|---|---|---|---|---|";

    static final String LEGEND =
        "\nEach figure ends with (load L): the machine's 1-minute load average when it was taken."
            + " Queries: warm, sequential, signed in as ADMIN; the first (cold) request in brackets."
            + " Exports: the median of "
            + ScaleQueries.EXPORTS
            + " after a first (cold) one, and the service's peak heap.";

    String markdown() {
      return String.format(
          "| %,d | %s | %s | %s | %s | %s | %s |",
          responses, consumption, rebuild, results, comparison, export, networkExport);
    }
  }

  private final Settings s;
  private final ScaleTree tree;
  private final Path logs;

  ScaleRun(Settings settings, ScaleTree tree) {
    this.s = settings;
    this.tree = tree;
    this.logs = settings.dataDir().resolve("logs");
  }

  Row measure(int count) throws Exception {
    Files.createDirectories(s.dataDir());
    if (s.jfrDir() != null) {
      // The JVM does not create the folder of -XX:StartFlightRecording's file; it fails to start.
      Files.createDirectories(s.jfrDir());
    }
    Files.copy(s.builtJar(), s.analyticsJar(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    dropSchemas();
    deleteDirectory(s.dataDir().resolve("kafka"));
    try (ServiceProcess kafka = startBroker()) {
      String bootstrap = "127.0.0.1:" + s.kafkaPort();
      try (ScaleEvents events = new ScaleEvents(bootstrap, s.root())) {
        events.createTopics();
        int setup = events.sendOrganisationAndRounds(tree);
        long start = System.nanoTime();
        events.sendResponses(tree, count, 13L * count);
        step(
            "Wrote %d organisation and round events and %,d responses to Kafka in %.1f s (load %s)",
            setup, count, seconds(start), load());
      }
      String consumption;
      String results;
      String comparison;
      String export;
      String networkExport;
      try (ServiceProcess analytics = startAnalytics(bootstrap, count)) {
        consumption = awaitConsumed(count, analytics.pid());
        analytics.awaitHealthy(Duration.ofSeconds(240));
        ScaleQueries queries =
            new ScaleQueries(
                URI.create("http://127.0.0.1:" + s.analyticsPort()),
                BenchToken.admin(BenchToken.LOCAL_SECRET),
                s.warmup(),
                s.requests());
        results =
            queries.time(
                "/api/municipalities/" + tree.large().code() + "/results?wave=" + ScaleTree.WAVE);
        comparison =
            queries.time(
                "/api/networks/" + ScaleTree.NETWORK + "/comparison?wave=" + ScaleTree.WAVE);
        export = queries.export("/api/rounds/" + tree.large().roundId() + "/export?format=csv");
        networkExport =
            queries.export(
                "/api/networks/"
                    + ScaleTree.NETWORK
                    + "/export?wave="
                    + ScaleTree.WAVE
                    + "&format=csv");
      }
      String rebuild = rebuild(bootstrap, count);
      Row row = new Row(count, consumption, rebuild, results, comparison, export, networkExport);
      step("%s", row.markdown());
      return row;
    }
  }

  private ServiceProcess startBroker() {
    step("Starting Kafka (KRaft) on port %d", s.kafkaPort());
    return ServiceProcess.startMain(
            "scale-kafka",
            "no.saman.infra.kafka.KafkaBrokerMain",
            List.of(
                "--port",
                String.valueOf(s.kafkaPort()),
                "--data-dir",
                s.dataDir().resolve("kafka").toString()),
            logs,
            URI.create("tcp://127.0.0.1:" + s.kafkaPort()))
        .awaitHealthy(Duration.ofSeconds(180));
  }

  private ServiceProcess startAnalytics(String bootstrap, int count) {
    step("Starting analytics-service on port %d, schema %s", s.analyticsPort(), s.liveSchema());
    Map<String, String> env = env(bootstrap, s.liveSchema());
    env.put("ANALYTICS_PORT", String.valueOf(s.analyticsPort()));
    return ServiceProcess.startJar(
        "scale-analytics",
        s.analyticsJar(),
        jvm("consumption-" + count),
        List.of(),
        env,
        logs,
        s.analyticsPort());
  }

  /**
   * Counts the responses analytics has stored (each is recorded in processed_event in the same
   * transaction as its statistics) from the first one to the last, with the CPU time the consumer
   * (and, less attributable on a shared machine, MariaDB) spent per response meanwhile.
   */
  private String awaitConsumed(int count, long analyticsPid) throws Exception {
    ProcessStats consumer = new ProcessStats("analytics", analyticsPid);
    ProcessStats database = new ProcessStats("mariadb", ProcessStats.databasePid().orElse(-1));
    double consumerCpu = 0;
    double databaseCpu = 0;
    // Generous (20 responses/s): on a loaded machine with a small buffer pool it is that slow.
    Duration limit = Duration.ofSeconds(300 + count / 20);
    long deadline = System.nanoTime() + limit.toNanos();
    long first = 0;
    long startCount = 0;
    while (true) {
      long stored = processed(s.liveSchema());
      long now = System.nanoTime();
      if (first == 0 && stored > 0) {
        first = now;
        startCount = stored;
        consumerCpu = consumer.cpuMillis();
        databaseCpu = database.cpuMillis();
      }
      if (stored >= count) {
        double rate = (count - startCount) / Math.max(1e-3, (now - first) / 1e9);
        long responses = Math.max(1, count - startCount);
        String figure =
            String.format(
                "%,.0f responses/s, %.1f s, CPU per response %.2f ms analytics, %.2f ms MariaDB"
                    + " (load %s)",
                rate,
                (now - first) / 1e9,
                (consumer.cpuMillis() - consumerCpu) / responses,
                (database.cpuMillis() - databaseCpu) / responses,
                load());
        step("Consumed: %s", figure);
        return figure;
      }
      if (now > deadline) {
        throw new IllegalStateException(
            "analytics stored " + stored + " of " + count + " responses within " + limit);
      }
      Thread.sleep(100);
    }
  }

  private String rebuild(String bootstrap, int count) throws Exception {
    step("Rebuilding by topic replay into schema %s", s.rebuiltSchema());
    long start = System.nanoTime();
    ServiceProcess rebuild =
        ServiceProcess.startJar(
            "scale-rebuild",
            s.analyticsJar(),
            jvm("rebuild-" + count),
            List.of("--rebuild", "--schema=" + s.rebuiltSchema()),
            env(bootstrap, s.liveSchema()),
            logs,
            0);
    rebuild.awaitExit(Duration.ofSeconds(600 + count / 20));
    double took = seconds(start);
    long stored = processed(s.rebuiltSchema());
    long counted = counted(s.rebuiltSchema());
    if (stored != count || counted != count || counted(s.liveSchema()) != count) {
      throw new IllegalStateException(
          "the rebuilt schema holds "
              + stored
              + " responses, its statistics count "
              + counted
              + ", the live one "
              + counted(s.liveSchema())
              + "; expected "
              + count);
    }
    String figure = String.format("%.1f s (load %s)", took, load());
    step("Rebuilt: %s, statistics of both schemas count %,d responses", figure, count);
    return figure;
  }

  private List<String> jvm(String what) {
    List<String> args = new ArrayList<>(List.of("-Xmx" + s.heap()));
    if (s.analyticsJvmOptions().stream().noneMatch(o -> o.matches("-XX:\\+Use\\w+GC"))) {
      args.add("-XX:+UseParallelGC"); // unless the options choose a collector themselves
    }
    args.addAll(s.analyticsJvmOptions());
    if (s.jfrDir() != null) {
      // Micronaut's stacks are deeper than JFR's default 64 frames, which would cut off their
      // roots.
      args.add("-XX:FlightRecorderOptions=stackdepth=512");
      args.add(
          "-XX:StartFlightRecording=settings=profile,filename="
              + s.jfrDir().resolve(what + ".jfr"));
    }
    return args;
  }

  private Map<String, String> env(String bootstrap, String schema) {
    Map<String, String> env = new HashMap<>();
    env.put("MICRONAUT_ENVIRONMENTS", "local");
    env.put("MYSQL_URL", TestDatabase.serverUrl());
    env.put("MYSQL_USER", TestDatabase.user());
    env.put("MYSQL_PASSWORD", TestDatabase.password());
    env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
    env.put("ANALYTICS_DB_SCHEMA", schema);
    env.put("ANALYTICS_GROUP_ID", s.schemaPrefix() + "-analytics");
    return env;
  }

  private long processed(String schema) throws SQLException {
    return single(schema, "SELECT COUNT(*) FROM processed_event");
  }

  /** Responses the statistics count: the everyone-segment's counts summed over every unit. */
  private long counted(String schema) throws SQLException {
    return single(
        schema, "SELECT COALESCE(SUM(responses), 0) FROM unit_response_count WHERE segment = ''");
  }

  private static long single(String schema, String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                TestDatabase.serverUrl() + "/" + schema,
                TestDatabase.user(),
                TestDatabase.password());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException notYet) {
      // Before Flyway has made the table (or the schema).
      if (notYet.getErrorCode() == 1146 || notYet.getErrorCode() == 1049) {
        return 0;
      }
      throw notYet;
    }
  }

  private void dropSchemas() throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                TestDatabase.serverUrl() + "/", TestDatabase.user(), TestDatabase.password());
        Statement st = c.createStatement()) {
      for (String schema : List.of(s.liveSchema(), s.rebuiltSchema())) {
        st.execute("DROP DATABASE IF EXISTS `" + schema + "`");
      }
    }
  }

  private static void deleteDirectory(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-minute load average, from /proc/loadavg (or the JVM where there is none). */
  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return String.format(
          "%.2f",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void step(String format, Object... args) {
    System.out.println("    " + String.format(format, args));
  }
}
