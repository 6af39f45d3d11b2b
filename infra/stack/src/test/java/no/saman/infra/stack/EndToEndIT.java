package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import no.saman.infra.demo.DemoData;
import no.saman.infra.demo.JsonHttp;
import no.saman.infra.demo.MunicipalityClock;
import no.saman.infra.demo.ProgressLine;
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

  private static final org.assertj.core.data.Offset<Double> PUBLISHED = within(0.005);

  private PackagedServices services;
  private URI surveyUrl;
  private URI analyticsUrl;

  @BeforeAll
  void startServices() {
    services = PackagedServices.start("e2e");
    surveyUrl = services.surveyUrl();
    analyticsUrl = services.analyticsUrl();
  }

  @AfterAll
  void stopServices() {
    if (services != null) {
      services.close();
    }
  }

  @Test
  void shouldTurnSubmittedResponsesIntoThePublishedFiguresAndAReport() throws IOException {
    DemoData demo =
        new DemoData(
            surveyUrl,
            PackagedServices.ADMIN_USERNAME,
            PackagedServices.ADMIN_PASSWORD,
            MunicipalityClock.fromEnvironment());
    DemoData.Loaded loaded = demo.load(new ProgressLine(System.out));
    JsonHttp results = new JsonHttp(analyticsUrl).withToken(demo.accessToken());
    String path = "/api/rounds/" + loaded.roundId() + "/results";

    JsonNode fraena =
        await()
            .atMost(Duration.ofSeconds(180))
            .until(() -> results.get(path).json(), r -> r.path("responses").asInt() == 119);
    JsonNode institusjonstenesta = results.get(path + "?unit=" + DemoData.INSTITUTIONS).json();

    // The API gives every digit; the published figures have two decimals.
    assertThat(indicator(fraena, "avg_position_size")).isCloseTo(71.05, PUBLISHED);
    assertThat(indicator(fraena, "wants_larger_share")).isCloseTo(0.42, PUBLISHED);
    assertThat(institusjonstenesta.get("suppressed").asBoolean()).isFalse();
    assertThat(institusjonstenesta.get("responses").asInt()).isEqualTo(57);
    assertThat(institusjonstenesta.get("responseRate").asDouble()).isCloseTo(0.63, PUBLISHED);
    assertThat(indicator(institusjonstenesta, "avg_position_size")).isCloseTo(58.51, PUBLISHED);
    assertThat(indicator(institusjonstenesta, "wants_larger_share"))
        .as("24 of 57, unrounded")
        .isEqualTo(24 / 57.0);
    for (String index :
        new String[] {"mastery_leadership_index", "competence_drivers_index", "presence_index"}) {
      assertThat(indicator(institusjonstenesta, index + "_alpha"))
          .as("Cronbach's alpha of %s: the demo's scales hang together", index)
          .isBetween(0.7, 0.95);
    }

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
      assertThat(text).contains("Institusjonstenesta", "Fræna", "58,51", "71,05", "42,1 %");
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
}
