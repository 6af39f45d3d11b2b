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
    boolean help) {

  static final String USAGE =
      """
      usage: LocalStack [--keep] [--exit-after-demo] [-h]
        --keep             keep the existing local data and load no demo data
        --exit-after-demo  stop everything after the demo data is loaded (for checks)
      environment: SAMAN_ROOT, LOCAL_DATA_DIR, KAFKA_PORT (9092), SURVEY_PORT (8081),
        ANALYTICS_PORT (8082), LOCAL_SMTP_PORT (3025), SURVEY_DB_SCHEMA (saman_survey), ANALYTICS_DB_SCHEMA
        (saman_analytics), MYSQL_URL, MYSQL_USER, MYSQL_PASSWORD""";

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
        flags.contains("-h") || flags.contains("--help"));
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
    return URI.create("http://localhost:" + surveyPort);
  }

  URI analyticsUrl() {
    return URI.create("http://localhost:" + analyticsPort);
  }

  Map<String, String> surveyEnv() {
    Map<String, String> env = common();
    env.put("SURVEY_PORT", String.valueOf(surveyPort));
    env.put("SURVEY_DB_SCHEMA", surveySchema);
    env.put("SURVEY_PUBLIC_URL", surveyUrl().toString());
    env.put("SURVEY_RESULTS_URL", analyticsUrl().toString());
    // The local mail catcher (LocalMail), so that e-mail invitations work in the demo.
    env.put("SMTP_HOST", "127.0.0.1");
    env.put("SMTP_PORT", String.valueOf(smtpPort));
    return env;
  }

  Map<String, String> analyticsEnv() {
    Map<String, String> env = common();
    env.put("ANALYTICS_PORT", String.valueOf(analyticsPort));
    env.put("ANALYTICS_DB_SCHEMA", analyticsSchema);
    env.put("SURVEY_URL", surveyUrl().toString());
    env.put("ANALYTICS_CONSOLE_URL", surveyUrl().toString());
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
