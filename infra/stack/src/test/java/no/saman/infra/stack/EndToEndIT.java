package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.saman.infra.demo.DemoData;
import no.saman.infra.demo.JsonHttp;
import no.saman.infra.demo.ProgressLine;
import no.saman.infra.testing.SharedKafka;
import no.saman.infra.testing.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole path through the packaged jars: responses submitted over HTTP to survey-service reach
 * analytics-service through the real broker and come out as the published figures and a PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndIT {

  private static final String JWT_SECRET = "end-to-end-test-secret-of-32-characters";
  private static final String ADMIN_PASSWORD = "end-to-end-admin";
  private final Path root = Path.of(System.getProperty("saman.root", "../..")).toAbsolutePath();
  private final TestDatabase surveyDb = TestDatabase.create("e2e_survey");
  private final TestDatabase analyticsDb = TestDatabase.create("e2e_analytics");
  private final Path logs = root.resolve("infra/stack/target/e2e-logs");
  private ServiceProcess survey;
  private ServiceProcess analytics;
  private URI surveyUrl;
  private URI analyticsUrl;

  @BeforeAll
  void startServices() {
    String kafka = SharedKafka.bootstrapServers();
    int surveyPort = freePort();
    int analyticsPort = freePort();
    surveyUrl = URI.create("http://127.0.0.1:" + surveyPort);
    analyticsUrl = URI.create("http://127.0.0.1:" + analyticsPort);
    Map<String, String> common = new HashMap<>();
    common.put("MYSQL_URL", TestDatabase.serverUrl());
    common.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
    common.put("JWT_SECRET", JWT_SECRET);
    Map<String, String> surveyEnv = new HashMap<>(common);
    surveyEnv.put("SURVEY_PORT", String.valueOf(surveyPort));
    surveyEnv.put("SURVEY_DB_SCHEMA", surveyDb.schema());
    surveyEnv.put("SAMAN_ADMIN_PASSWORD", ADMIN_PASSWORD);
    Map<String, String> analyticsEnv = new HashMap<>(common);
    analyticsEnv.put("ANALYTICS_PORT", String.valueOf(analyticsPort));
    analyticsEnv.put("ANALYTICS_DB_SCHEMA", analyticsDb.schema());
    analyticsEnv.put("ANALYTICS_GROUP_ID", "e2e-" + UUID.randomUUID());
    survey =
        ServiceProcess.startJar(
            "survey-service",
            root.resolve("survey-service/target/survey-service-0.1.0-SNAPSHOT.jar"),
            surveyEnv,
            logs,
            surveyPort);
    analytics =
        ServiceProcess.startJar(
            "analytics-service",
            root.resolve("analytics-service/target/analytics-service-0.1.0-SNAPSHOT.jar"),
            analyticsEnv,
            logs,
            analyticsPort);
    survey.awaitHealthy(Duration.ofSeconds(90));
    analytics.awaitHealthy(Duration.ofSeconds(90));
  }

  @AfterAll
  void stopServices() {
    if (analytics != null) {
      analytics.close();
    }
    if (survey != null) {
      survey.close();
    }
    surveyDb.close();
    analyticsDb.close();
  }

  @Test
  void shouldTurnSubmittedResponsesIntoThePublishedFiguresAndAReport() throws IOException {
    DemoData demo = new DemoData(surveyUrl, "admin", ADMIN_PASSWORD);
    DemoData.Loaded loaded = demo.load(new ProgressLine(System.out));
    JsonHttp results = new JsonHttp(analyticsUrl).withToken(demo.accessToken());
    String path = "/api/rounds/" + loaded.roundId() + "/results";

    JsonNode fraena =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> results.get(path).json(), r -> r.path("responses").asInt() == 119);
    JsonNode institusjonstenesta = results.get(path + "?unit=" + DemoData.INSTITUTIONS).json();

    assertThat(indicator(fraena, "avg_position_size")).isEqualTo(71.05);
    assertThat(indicator(fraena, "wants_larger_share")).isEqualTo(0.42);
    assertThat(institusjonstenesta.get("suppressed").asBoolean()).isFalse();
    assertThat(institusjonstenesta.get("responses").asInt()).isEqualTo(57);
    assertThat(institusjonstenesta.get("responseRate").asDouble()).isEqualTo(0.63);
    assertThat(indicator(institusjonstenesta, "avg_position_size")).isEqualTo(58.51);
    assertThat(indicator(institusjonstenesta, "wants_larger_share")).isEqualTo(0.42);

    byte[] pdf =
        results.getBytes(
            "/api/reports/unit?round="
                + loaded.roundId()
                + "&unit="
                + DemoData.INSTITUTIONS
                + "&format=pdf");
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (var document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Institusjonstenesta", "Fræna", "58,51", "71,05", "42 %");
    }
  }

  private static double indicator(JsonNode group, String id) {
    for (JsonNode i : group.get("indicators")) {
      if (i.get("id").asText().equals(id)) {
        return i.get("value").asDouble();
      }
    }
    throw new AssertionError("No indicator " + id + " in " + group);
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
