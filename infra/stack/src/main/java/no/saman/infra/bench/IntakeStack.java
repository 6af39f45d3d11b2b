package no.saman.infra.bench;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.infra.stack.ServiceProcess;
import no.saman.infra.testing.TestDatabase;

/**
 * The stack the intake benchmark measures, started by the benchmark itself on ports and schemas of
 * its own: one Kafka broker for all runs, and survey-service and analytics-service from their jars,
 * started afresh (new schemas, new consumer group) for each run so that each run also times the
 * start.
 */
final class IntakeStack implements AutoCloseable {

  static final String ADMIN_PASSWORD = "intake-bench-admin";
  private static final String JWT_SECRET = "intake-bench-signing-secret-of-32-characters";
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(240);

  /** Where and how: ports, schema prefix, the repository root and extra JVM options. */
  record Settings(
      Path root,
      int kafkaPort,
      int surveyPort,
      int analyticsPort,
      String schemaPrefix,
      List<String> surveyJvmOptions) {

    Path logs() {
      return root.resolve("infra/stack/target/intake-bench");
    }

    URI surveyUrl() {
      return URI.create("http://127.0.0.1:" + surveyPort);
    }

    URI analyticsUrl() {
      return URI.create("http://127.0.0.1:" + analyticsPort);
    }
  }

  /** The services of one run and how long each took from process start to healthy. */
  record Services(
      ServiceProcess survey, ServiceProcess analytics, long surveyReadyMs, long analyticsReadyMs)
      implements AutoCloseable {
    @Override
    public void close() {
      analytics.close();
      survey.close();
    }
  }

  private final Settings settings;
  private final ServiceProcess kafka;

  IntakeStack(Settings settings) {
    this.settings = settings;
    if (inUse(settings.kafkaPort())) {
      throw new IllegalStateException(
          "Port " + settings.kafkaPort() + " is in use: choose another with --kafka-port");
    }
    this.kafka =
        ServiceProcess.startMain(
            "kafka",
            "no.saman.infra.kafka.KafkaBrokerMain",
            List.of(
                "--port",
                String.valueOf(settings.kafkaPort()),
                "--data-dir",
                settings.logs().resolve("kafka-data-" + System.currentTimeMillis()).toString()),
            settings.logs(),
            URI.create("tcp://127.0.0.1:" + settings.kafkaPort()));
    kafka.awaitHealthy(Duration.ofSeconds(180));
  }

  ServiceProcess kafka() {
    return kafka;
  }

  String surveySchema(int run) {
    return settings.schemaPrefix() + "_survey_" + run;
  }

  /** Starts both services on fresh schemas and waits, timing each, until both are healthy. */
  Services start(int run) throws Exception {
    for (int port : List.of(settings.surveyPort(), settings.analyticsPort())) {
      // Otherwise another program answering /health there would pass for the service.
      if (inUse(port)) {
        throw new IllegalStateException(
            "Port " + port + " is in use: choose others with --survey-port/--analytics-port");
      }
    }
    String surveySchema = surveySchema(run);
    String analyticsSchema = settings.schemaPrefix() + "_analytics_" + run;
    dropSchemas(surveySchema, analyticsSchema);
    Map<String, String> common = new HashMap<>();
    common.put("MYSQL_URL", TestDatabase.serverUrl());
    common.put("MYSQL_USER", TestDatabase.user());
    common.put("MYSQL_PASSWORD", TestDatabase.password());
    common.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + settings.kafkaPort());
    common.put("JWT_SECRET", JWT_SECRET);
    Map<String, String> survey = new HashMap<>(common);
    survey.put("SURVEY_PORT", String.valueOf(settings.surveyPort()));
    survey.put("SURVEY_DB_SCHEMA", surveySchema);
    survey.put("SAMAN_ADMIN_PASSWORD", ADMIN_PASSWORD);
    survey.put("SURVEY_RESULTS_URL", settings.analyticsUrl().toString());
    // The benchmark issues far more links from one address than an attack would be allowed.
    survey.put("SURVEY_MAX_UNKNOWN_LINKS_PER_MINUTE", "1000000");
    Map<String, String> analytics = new HashMap<>(common);
    analytics.put("ANALYTICS_PORT", String.valueOf(settings.analyticsPort()));
    analytics.put("ANALYTICS_DB_SCHEMA", analyticsSchema);
    analytics.put(
        "ANALYTICS_GROUP_ID", settings.schemaPrefix() + "-" + run + "-" + System.nanoTime());
    analytics.put("SURVEY_URL", settings.surveyUrl().toString());
    analytics.put("ANALYTICS_CONSOLE_URL", settings.surveyUrl().toString());

    long surveyStart = System.nanoTime();
    ServiceProcess s =
        ServiceProcess.startJarFromClassArchive(
            "survey-service-" + run,
            settings.root().resolve("survey-service/target/survey-service-0.1.0-SNAPSHOT.jar"),
            settings.surveyJvmOptions(),
            survey,
            settings.logs(),
            settings.surveyPort());
    long surveyReady;
    try {
      s.awaitHealthy(STARTUP_LIMIT);
      surveyReady = (System.nanoTime() - surveyStart) / 1_000_000;
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    // One after the other, so that each start time is the service's own and not a shared race.
    long analyticsStart = System.nanoTime();
    ServiceProcess a =
        ServiceProcess.startJarFromClassArchive(
            "analytics-service-" + run,
            settings
                .root()
                .resolve("analytics-service/target/analytics-service-0.1.0-SNAPSHOT.jar"),
            List.of(),
            analytics,
            settings.logs(),
            settings.analyticsPort());
    try {
      a.awaitHealthy(STARTUP_LIMIT);
    } catch (RuntimeException e) {
      a.close();
      s.close();
      throw e;
    }
    return new Services(s, a, surveyReady, (System.nanoTime() - analyticsStart) / 1_000_000);
  }

  private static boolean inUse(int port) {
    try (var socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 300);
      return true;
    } catch (java.io.IOException free) {
      return false;
    }
  }

  void dropSchemas(String... schemas) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                TestDatabase.serverUrl() + "/", TestDatabase.user(), TestDatabase.password());
        Statement st = c.createStatement()) {
      for (String schema : schemas) {
        st.execute("DROP DATABASE IF EXISTS `" + schema + "`");
      }
    }
  }

  @Override
  public void close() {
    kafka.close();
  }
}
