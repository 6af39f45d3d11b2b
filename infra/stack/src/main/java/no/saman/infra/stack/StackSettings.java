package no.saman.infra.stack;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.infra.testing.TestDatabase;

/** The local stack's settings: command-line flags and environment variables with defaults. */
record StackSettings(
    Path root,
    Path dataDir,
    int kafkaPort,
    int surveyPort,
    int analyticsPort,
    int smtpPort,
    String surveySchema,
    String analyticsSchema,
    boolean fresh,
    boolean exitAfterDemo,
    boolean help,
    int instances,
    Map<String, String> environment) {

  static final String USAGE =
      """
      usage: LocalStack [--keep] [--exit-after-demo] [--instances N] [-h]
        --keep             keep the existing local data and load no demo data
        --exit-after-demo  stop everything after the demo data is loaded (for checks)
        --instances N      N of each service (1 to 5; default 1): every survey-service on one
                           schema, every analytics-service on one schema and in one consumer group
      environment: SAMAN_ROOT, LOCAL_DATA_DIR, KAFKA_PORT (9092), SURVEY_PORT (8081),
        ANALYTICS_PORT (8082), SURVEY_PORT_2 (8181), ANALYTICS_PORT_2 (8182), ... SURVEY_PORT_N
        (8081 + 100 (N-1)), LOCAL_SMTP_PORT (3025), SURVEY_DB_SCHEMA (saman_survey),
        ANALYTICS_DB_SCHEMA (saman_analytics), MYSQL_URL, MYSQL_USER, MYSQL_PASSWORD""";

  static final int MAX_INSTANCES = 5;

  static StackSettings fromEnvironment(String[] args) {
    List<String> flags = List.of(args);
    Map<String, String> env = System.getenv();
    Path root = Path.of(env.getOrDefault("SAMAN_ROOT", ".")).toAbsolutePath().normalize();
    return new StackSettings(
        root,
        Path.of(env.getOrDefault("LOCAL_DATA_DIR", root.resolve("infra/local/data").toString())),
        Integer.parseInt(env.getOrDefault("KAFKA_PORT", "9092")),
        Integer.parseInt(env.getOrDefault("SURVEY_PORT", "8081")),
        Integer.parseInt(env.getOrDefault("ANALYTICS_PORT", "8082")),
        Integer.parseInt(env.getOrDefault("LOCAL_SMTP_PORT", "3025")),
        env.getOrDefault("SURVEY_DB_SCHEMA", "saman_survey"),
        env.getOrDefault("ANALYTICS_DB_SCHEMA", "saman_analytics"),
        !flags.contains("--keep"),
        flags.contains("--exit-after-demo"),
        flags.contains("-h") || flags.contains("--help"),
        instances(flags),
        Map.copyOf(env));
  }

  private static int instances(List<String> flags) {
    int at = flags.indexOf("--instances");
    if (at < 0) {
      return 1;
    }
    int n;
    try {
      n = Integer.parseInt(at + 1 < flags.size() ? flags.get(at + 1) : "");
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1 || n > MAX_INSTANCES) {
      throw new IllegalArgumentException(
          "--instances takes a whole number from 1 to " + MAX_INSTANCES + "\n" + USAGE);
    }
    return n;
  }

  /** survey-service instance {@code i}'s port (from 1): SURVEY_PORT_i, by default 100 apart. */
  int surveyPort(int i) {
    return i == 1 ? surveyPort : port("SURVEY_PORT_" + i, surveyPort + 100 * (i - 1));
  }

  /**
   * analytics-service instance {@code i}'s port (from 1): ANALYTICS_PORT_i, by default 100 apart.
   */
  int analyticsPort(int i) {
    return i == 1 ? analyticsPort : port("ANALYTICS_PORT_" + i, analyticsPort + 100 * (i - 1));
  }

  private int port(String variable, int otherwise) {
    return Integer.parseInt(environment.getOrDefault(variable, String.valueOf(otherwise)));
  }

  Path surveyJar() {
    return root.resolve("survey-service/target/survey-service-0.1.0-SNAPSHOT.jar");
  }

  Path analyticsJar() {
    return root.resolve("analytics-service/target/analytics-service-0.1.0-SNAPSHOT.jar");
  }

  /** Where the local mail catcher writes each message it receives. */
  Path mailDir() {
    return dataDir.resolve("mail");
  }

  URI surveyUrl() {
    return surveyUrl(1);
  }

  URI analyticsUrl() {
    return analyticsUrl(1);
  }

  URI surveyUrl(int i) {
    return URI.create("http://localhost:" + surveyPort(i));
  }

  URI analyticsUrl(int i) {
    return URI.create("http://localhost:" + analyticsPort(i));
  }

  Map<String, String> surveyEnv() {
    return surveyEnv(1);
  }

  Map<String, String> analyticsEnv() {
    return analyticsEnv(1);
  }

  /** Instance {@code i} (from 1) of survey-service: its port, links and results page its own. */
  Map<String, String> surveyEnv(int i) {
    Map<String, String> env = common();
    env.put("SURVEY_PORT", String.valueOf(surveyPort(i)));
    env.put("SURVEY_DB_SCHEMA", surveySchema);
    env.put("SURVEY_PUBLIC_URL", surveyUrl(i).toString());
    env.put("SURVEY_RESULTS_URL", analyticsUrl(i).toString());
    // The local mail catcher (LocalMail), so that e-mail invitations work in the demo.
    env.put("SMTP_HOST", "127.0.0.1");
    env.put("SMTP_PORT", String.valueOf(smtpPort));
    return env;
  }

  /** Instance {@code i} (from 1) of analytics-service, in the default consumer group. */
  Map<String, String> analyticsEnv(int i) {
    Map<String, String> env = common();
    env.put("ANALYTICS_PORT", String.valueOf(analyticsPort(i)));
    env.put("ANALYTICS_DB_SCHEMA", analyticsSchema);
    env.put("SURVEY_URL", surveyUrl(i).toString());
    env.put("ANALYTICS_CONSOLE_URL", surveyUrl(i).toString());
    return env;
  }

  /** Local mode: the services' demo defaults (signing secret, first admin's password). */
  static final String ADMIN_USERNAME = "admin";

  static final String ADMIN_PASSWORD = "local-admin-password";

  private Map<String, String> common() {
    Map<String, String> env = new HashMap<>();
    env.put("MICRONAUT_ENVIRONMENTS", "local");
    env.put("MYSQL_URL", TestDatabase.serverUrl());
    env.put("MYSQL_USER", TestDatabase.user());
    env.put("MYSQL_PASSWORD", TestDatabase.password());
    env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort);
    return env;
  }
}
