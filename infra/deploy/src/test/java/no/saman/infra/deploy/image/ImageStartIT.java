package no.saman.infra.deploy.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.saman.infra.testing.SharedKafka;
import no.saman.infra.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Both services started from their image tars — their own layers, entrypoint, environment and user,
 * the local JDK standing in for the base image's JRE — against the real database and broker,
 * configured only through the settings compose and the Deployments pass.
 */
class ImageStartIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final Path WORK = ServiceImages.root().resolve("infra/deploy/target/image-start");

  private final List<Process> processes = new ArrayList<>();
  private final List<TestDatabase> databases = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (Process p : processes) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    databases.forEach(TestDatabase::close);
  }

  @Test
  void bothServicesStartFromTheirImagesMigrateTheirSchemasAndAnswerHealth() throws Exception {
    String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
    String adminPassword = UUID.randomUUID().toString();
    TestDatabase surveyDb = database("img_survey");
    TestDatabase analyticsDb = database("img_analytics");
    int surveyPort = freePort();
    int analyticsPort = freePort();

    Map<String, String> common = new HashMap<>();
    common.put("MYSQL_URL", TestDatabase.serverUrl());
    common.put("MYSQL_USER", TestDatabase.user());
    common.put("MYSQL_PASSWORD", TestDatabase.password());
    common.put("KAFKA_BOOTSTRAP_SERVERS", SharedKafka.bootstrapServers());
    common.put("JWT_SECRET", secret);
    // The shared build machine can take seconds for a database handshake at start.
    common.put("SURVEY_DB_CONNECT_TIMEOUT_MS", "15000");
    common.put("ANALYTICS_DB_CONNECT_TIMEOUT_MS", "15000");

    Map<String, String> survey = new HashMap<>(common);
    survey.put("SURVEY_PORT", Integer.toString(surveyPort));
    survey.put("SURVEY_DB_SCHEMA", surveyDb.schema());
    survey.put("SAMAN_ADMIN_PASSWORD", adminPassword);
    survey.put("SURVEY_PUBLIC_URL", "https://survey.example.org");
    Process surveyProcess = start("survey-service", survey);

    Map<String, String> analytics = new HashMap<>(common);
    analytics.put("ANALYTICS_PORT", Integer.toString(analyticsPort));
    analytics.put("ANALYTICS_DB_SCHEMA", analyticsDb.schema());
    analytics.put("SURVEY_URL", "http://127.0.0.1:" + surveyPort);
    Process analyticsProcess = start("analytics-service", analytics);

    Map<Integer, Process> byPort =
        Map.of(surveyPort, surveyProcess, analyticsPort, analyticsProcess);
    for (int port : List.of(surveyPort, analyticsPort)) {
      Process process = byPort.get(port);
      await()
          .atMost(Duration.ofSeconds(240))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> !process.isAlive() || healthUp(port));
      assertThat(process.isAlive()).as("still running, see " + WORK).isTrue();
      assertThat(get(port, "/health/liveness").statusCode()).isEqualTo(200);
      assertThat(get(port, "/health/readiness").statusCode()).isEqualTo(200);
    }
    assertThat(appliedMigrations(surveyDb)).isPositive();
    assertThat(appliedMigrations(analyticsDb)).isPositive();

    // The first administrator came from the settings; analytics passes sign-ins to survey-service.
    HttpResponse<String> login =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + analyticsPort + "/api/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + adminPassword + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("access_token");

    // Prometheus scrapes /metrics on the HTTP port (kept for the operations README's names).
    for (int port : List.of(surveyPort, analyticsPort)) {
      HttpResponse<String> metrics = get(port, "/metrics");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body()).contains("jvm_memory_used_bytes");
      Files.writeString(
          WORK.resolve(port == surveyPort ? "survey.metrics" : "analytics.metrics"),
          metrics.body());
    }
    assertThat(get(analyticsPort, "/metrics").body()).contains("analytics_ingest_retries_total");

    // SIGTERM (what the kubelet and compose send) ends both within their grace period.
    for (Process p : List.of(surveyProcess, analyticsProcess)) {
      p.destroy();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
    }
  }

  private Process start(String service, Map<String, String> settings) throws IOException {
    ImageTar image = ImageTar.read(ServiceImages.tar(service));
    Path root = WORK.resolve(service);
    ImageTar.deleteRecursively(root);
    Files.createDirectories(root);
    image.extractTo(root);
    ImageRun run = new ImageRun(root, image.config());
    run.provideJre();
    Process process = run.start(settings, WORK.resolve(service + ".log"));
    processes.add(process);
    return process;
  }

  private TestDatabase database(String prefix) {
    TestDatabase db = TestDatabase.create(prefix);
    databases.add(db);
    return db;
  }

  private static long appliedMigrations(TestDatabase db) throws Exception {
    try (var c = db.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static boolean healthUp(int port) {
    try {
      HttpResponse<String> health = get(port, "/health");
      return health.statusCode() == 200 && health.body().contains("\"UP\"");
    } catch (Exception e) {
      return false; // not listening yet
    }
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(5))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
