package no.saman.infra.stack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.saman.infra.testing.HeadlessBrowser;
import no.saman.infra.testing.HeadlessBrowser.Screen;
import no.saman.infra.testing.TestDatabase;
import no.saman.infra.testing.ThrowawayKafka;

/**
 * survey-service and analytics-service started from their packaged jars as separate processes, on
 * free ports, with throwaway schemas, a Kafka broker of their own (or given ones) and a shared
 * signing secret: the system as it is shipped, for the tests of this module. The broker is their
 * own because the topic names are fixed: on a broker shared by the test JVM each stack's
 * analytics-service would also count every earlier stack's demo, and a test's figures would depend
 * on which tests ran before it. With {@link Setup#instances} above one, each service runs that many
 * times, as scaled out: every survey-service on the same schema, every analytics-service on the
 * same schema and in the same consumer group.
 */
final class PackagedServices implements AutoCloseable {

  static final String ADMIN_USERNAME = "admin";
  static final String ADMIN_PASSWORD = "packaged-test-admin";
  private static final String JWT_SECRET = "packaged-services-test-secret-of-32-chars";
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(240);

  /**
   * What to start.
   *
   * @param name names the schemas and the log folder {@code infra/stack/target/NAME-logs}
   * @param surveySettings further settings of survey-service (such as {@code SMTP_HOST})
   * @param instances how many processes of each service
   * @param kafkaBootstrapServers the brokers, or null for a broker of the stack's own
   */
  record Setup(
      String name,
      Map<String, String> surveySettings,
      int instances,
      String kafkaBootstrapServers) {

    static Setup of(String name) {
      return new Setup(name, Map.of(), 1, null);
    }

    Setup withSurveySettings(Map<String, String> settings) {
      return new Setup(name, settings, instances, kafkaBootstrapServers);
    }

    Setup withInstances(int count) {
      return new Setup(name, surveySettings, count, kafkaBootstrapServers);
    }

    Setup withKafka(String bootstrapServers) {
      return new Setup(name, surveySettings, instances, bootstrapServers);
    }
  }

  private final ThrowawayKafka ownKafka;
  private final TestDatabase surveyDb;
  private final TestDatabase analyticsDb;
  private final Path root;
  private final Path logs;
  private final String groupId;
  private final List<Instance> surveys = new ArrayList<>();
  private final List<Instance> analytics = new ArrayList<>();

  /** One process of a service: its environment and port stay, so that it can be started again. */
  private static final class Instance {
    final String name;
    final Path jar;
    final Map<String, String> env;
    final int port;
    ServiceProcess process;
    int starts;

    Instance(String name, Path jar, Map<String, String> env, int port) {
      this.name = name;
      this.jar = jar;
      this.env = env;
      this.port = port;
    }

    URI url() {
      return URI.create("http://127.0.0.1:" + port);
    }

    void start(Path logs) {
      String logName = starts++ == 0 ? name : name + "-restarted-" + starts;
      process = ServiceProcess.startJarFromClassArchive(logName, jar, List.of(), env, logs, port);
    }
  }

  private PackagedServices(Setup setup) {
    root = Path.of(System.getProperty("saman.root", "../..")).toAbsolutePath();
    logs = root.resolve("infra/stack/target/" + setup.name() + "-logs");
    surveyDb = TestDatabase.create(setup.name() + "_survey");
    analyticsDb = TestDatabase.create(setup.name() + "_analytics");
    groupId = setup.name() + "-" + UUID.randomUUID();
    ownKafka = setup.kafkaBootstrapServers() == null ? ThrowawayKafka.start() : null;
    List<Integer> surveyPorts = new ArrayList<>();
    List<Integer> analyticsPorts = new ArrayList<>();
    for (int i = 0; i < setup.instances(); i++) {
      surveyPorts.add(freePort());
      analyticsPorts.add(freePort());
    }
    Map<String, String> common = new HashMap<>();
    common.put("MYSQL_URL", TestDatabase.serverUrl());
    common.put(
        "KAFKA_BOOTSTRAP_SERVERS",
        ownKafka == null ? setup.kafkaBootstrapServers() : ownKafka.bootstrapServers());
    common.put("JWT_SECRET", JWT_SECRET);
    for (int i = 0; i < setup.instances(); i++) {
      String suffix = i == 0 ? "" : "-" + (i + 1);
      Map<String, String> surveyEnv = new HashMap<>(common);
      surveyEnv.put("SURVEY_PORT", String.valueOf(surveyPorts.get(i)));
      surveyEnv.put("SURVEY_DB_SCHEMA", surveyDb.schema());
      surveyEnv.put("SAMAN_ADMIN_USERNAME", ADMIN_USERNAME);
      surveyEnv.put("SAMAN_ADMIN_PASSWORD", ADMIN_PASSWORD);
      surveyEnv.put("SURVEY_RESULTS_URL", "http://127.0.0.1:" + analyticsPorts.get(i));
      surveyEnv.putAll(setup.surveySettings());
      surveys.add(
          new Instance(
              "survey-service" + suffix,
              root.resolve("survey-service/target/survey-service-0.1.0-SNAPSHOT.jar"),
              surveyEnv,
              surveyPorts.get(i)));
      Map<String, String> analyticsEnv = new HashMap<>(common);
      analyticsEnv.put("ANALYTICS_PORT", String.valueOf(analyticsPorts.get(i)));
      analyticsEnv.put("ANALYTICS_DB_SCHEMA", analyticsDb.schema());
      analyticsEnv.put("ANALYTICS_GROUP_ID", groupId);
      analyticsEnv.put("SURVEY_URL", "http://127.0.0.1:" + surveyPorts.get(i));
      analyticsEnv.put("ANALYTICS_CONSOLE_URL", "http://127.0.0.1:" + surveyPorts.get(i));
      analytics.add(
          new Instance(
              "analytics-service" + suffix,
              root.resolve("analytics-service/target/analytics-service-0.1.0-SNAPSHOT.jar"),
              analyticsEnv,
              analyticsPorts.get(i)));
    }
    // All at once, as a scaled-out deployment starts: the instances race for the empty schemas.
    surveys.forEach(s -> s.start(logs));
    analytics.forEach(a -> a.start(logs));
  }

  /** Starts both services and waits until they report healthy. */
  static PackagedServices start(String name) {
    return start(Setup.of(name));
  }

  /**
   * Starts both services, survey-service with further settings (such as {@code SMTP_HOST} and
   * {@code SMTP_PORT} of a mail server), and waits until they report healthy.
   */
  static PackagedServices start(String name, Map<String, String> surveySettings) {
    return start(Setup.of(name).withSurveySettings(surveySettings));
  }

  /** Starts every instance of the setup and waits until each reports healthy. */
  static PackagedServices start(Setup setup) {
    PackagedServices services = new PackagedServices(setup);
    try {
      // Ready in seconds on a quiet machine; the margin is for a loaded one (2 cores, many JVMs).
      services.surveys.forEach(s -> s.process.awaitHealthy(STARTUP_LIMIT));
      services.analytics.forEach(a -> a.process.awaitHealthy(STARTUP_LIMIT));
      return services;
    } catch (RuntimeException e) {
      services.close();
      throw e;
    }
  }

  /** Kills the first survey-service with SIGKILL (kill -9): no shutdown hook, nothing finished. */
  void killSurvey() throws InterruptedException {
    surveys.get(0).process.kill();
  }

  /** Starts the first survey-service again on its port and schema, and waits until healthy. */
  void restartSurvey() {
    Instance survey = surveys.get(0);
    survey.start(logs);
    survey.process.awaitHealthy(STARTUP_LIMIT);
  }

  /**
   * A browser for the services' pages: laptop-sized, in English, saving downloads to a folder of
   * its own, screenshots in infra/stack/target/screenshots.
   */
  HeadlessBrowser browser() throws IOException {
    return HeadlessBrowser.builder()
        .screen(Screen.LAPTOP)
        .language("en-GB")
        .downloads()
        .screenshots(root.resolve("infra/stack/target/screenshots"))
        .start();
  }

  /** survey-service's schema (shared by its instances), to look at its rows. */
  TestDatabase surveyDatabase() {
    return surveyDb;
  }

  /** analytics-service's schema (shared by its instances). */
  TestDatabase analyticsDatabase() {
    return analyticsDb;
  }

  /** The brokers the services use. */
  String kafkaBootstrapServers() {
    return surveys.get(0).env.get("KAFKA_BOOTSTRAP_SERVERS");
  }

  /** The consumer group every analytics-service instance consumes in. */
  String analyticsGroupId() {
    return groupId;
  }

  int instances() {
    return surveys.size();
  }

  URI surveyUrl() {
    return surveyUrl(0);
  }

  URI analyticsUrl() {
    return analyticsUrl(0);
  }

  /** The address of survey-service instance {@code i} (from 0). */
  URI surveyUrl(int i) {
    return surveys.get(i).url();
  }

  /** The address of analytics-service instance {@code i} (from 0). */
  URI analyticsUrl(int i) {
    return analytics.get(i).url();
  }

  /** Stops every process and the stack's own broker, and drops both schemas. */
  @Override
  public void close() {
    try {
      for (Instance a : analytics) {
        if (a.process != null) {
          a.process.close();
        }
      }
      for (Instance s : surveys) {
        if (s.process != null) {
          s.process.close();
        }
      }
    } finally {
      surveyDb.close();
      analyticsDb.close();
      if (ownKafka != null) {
        ownKafka.close();
      }
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
