package no.saman.infra.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.saman.infra.testing.TestDatabase;
import no.saman.infra.testing.ThrowawayKafka;

/**
 * survey-service and analytics-service started from their packaged jars as separate processes, on
 * free ports, with throwaway schemas, a Kafka broker of their own and a shared signing secret: the
 * system as it is shipped, for the tests of this module. The broker is their own because the topic
 * names are fixed: on a broker shared by the test JVM each stack's analytics-service would also
 * count every earlier stack's demo, and a test's figures would depend on which tests ran before it.
 */
final class PackagedServices implements AutoCloseable {

  static final String ADMIN_USERNAME = "admin";
  static final String ADMIN_PASSWORD = "packaged-test-admin";
  private static final String JWT_SECRET = "packaged-services-test-secret-of-32-chars";

  private final ThrowawayKafka kafka;
  private final TestDatabase surveyDb;
  private final TestDatabase analyticsDb;
  private ServiceProcess survey;
  private final Map<String, String> surveyEnv;
  private final Path root;
  private final Path logs;
  private final int surveyPort;
  private final ServiceProcess analytics;
  private final URI surveyUrl;
  private final URI analyticsUrl;

  private PackagedServices(String name, Map<String, String> surveySettings) {
    root = Path.of(System.getProperty("saman.root", "../..")).toAbsolutePath();
    logs = root.resolve("infra/stack/target/" + name + "-logs");
    kafka = ThrowawayKafka.start();
    surveyDb = TestDatabase.create(name + "_survey");
    analyticsDb = TestDatabase.create(name + "_analytics");
    surveyPort = freePort();
    int analyticsPort = freePort();
    surveyUrl = URI.create("http://127.0.0.1:" + surveyPort);
    analyticsUrl = URI.create("http://127.0.0.1:" + analyticsPort);
    Map<String, String> common = new HashMap<>();
    common.put("MYSQL_URL", TestDatabase.serverUrl());
    common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    common.put("JWT_SECRET", JWT_SECRET);
    surveyEnv = new HashMap<>(common);
    surveyEnv.put("SURVEY_PORT", String.valueOf(surveyPort));
    surveyEnv.put("SURVEY_DB_SCHEMA", surveyDb.schema());
    surveyEnv.put("SAMAN_ADMIN_USERNAME", ADMIN_USERNAME);
    surveyEnv.put("SAMAN_ADMIN_PASSWORD", ADMIN_PASSWORD);
    surveyEnv.put("SURVEY_RESULTS_URL", analyticsUrl.toString());
    surveyEnv.putAll(surveySettings);
    Map<String, String> analyticsEnv = new HashMap<>(common);
    analyticsEnv.put("ANALYTICS_PORT", String.valueOf(analyticsPort));
    analyticsEnv.put("ANALYTICS_DB_SCHEMA", analyticsDb.schema());
    analyticsEnv.put("ANALYTICS_GROUP_ID", name + "-" + UUID.randomUUID());
    analyticsEnv.put("SURVEY_URL", surveyUrl.toString());
    analyticsEnv.put("ANALYTICS_CONSOLE_URL", surveyUrl.toString());
    survey = startSurvey("survey-service");
    analytics =
        ServiceProcess.startJar(
            "analytics-service",
            root.resolve("analytics-service/target/analytics-service-0.1.0-SNAPSHOT.jar"),
            analyticsEnv,
            logs,
            analyticsPort);
  }

  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(240);

  /**
   * Starts both services and waits until they report healthy.
   *
   * @param name names the schemas and the log folder {@code infra/stack/target/NAME-logs}
   */
  static PackagedServices start(String name) {
    return start(name, Map.of());
  }

  /**
   * Starts both services, survey-service with further settings (such as {@code SMTP_HOST} and
   * {@code SMTP_PORT} of a mail server), and waits until they report healthy.
   */
  static PackagedServices start(String name, Map<String, String> surveySettings) {
    PackagedServices services = new PackagedServices(name, surveySettings);
    try {
      // Ready in seconds on a quiet machine; the margin is for a loaded one (2 cores, many JVMs).
      services.survey.awaitHealthy(STARTUP_LIMIT);
      services.analytics.awaitHealthy(STARTUP_LIMIT);
      return services;
    } catch (RuntimeException e) {
      services.close();
      throw e;
    }
  }

  private ServiceProcess startSurvey(String logName) {
    return ServiceProcess.startJar(
        logName,
        root.resolve("survey-service/target/survey-service-0.1.0-SNAPSHOT.jar"),
        surveyEnv,
        logs,
        surveyPort);
  }

  /** Kills survey-service with SIGKILL (kill -9): no shutdown hook, nothing finished. */
  void killSurvey() throws InterruptedException {
    survey.kill();
  }

  /** Starts survey-service again on the same port and schema, and waits until it is healthy. */
  void restartSurvey() {
    survey = startSurvey("survey-service-restarted");
    survey.awaitHealthy(STARTUP_LIMIT);
  }

  /** survey-service's schema, to look at its rows. */
  TestDatabase surveyDatabase() {
    return surveyDb;
  }

  URI surveyUrl() {
    return surveyUrl;
  }

  URI analyticsUrl() {
    return analyticsUrl;
  }

  /** Stops both processes and the broker, drops both schemas and the broker's data. */
  @Override
  public void close() {
    try {
      analytics.close();
      survey.close();
    } finally {
      surveyDb.close();
      analyticsDb.close();
      kafka.close();
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
