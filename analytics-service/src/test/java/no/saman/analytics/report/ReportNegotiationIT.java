package no.saman.analytics.report;

import static no.saman.analytics.support.ReportFixture.EIDE;
import static no.saman.analytics.support.ReportFixture.INST;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.ReportFixture;
import no.saman.analytics.support.Sql;
import no.saman.analytics.support.Tokens;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report download in every format honours the Accept header as clients send it: its own media
 * type, its wildcards, browsers', curl's, R's httr's and Python's requests' defaults, or none; an
 * Accept header that takes no file of the format gets 406 as problem+json.
 */
@MicronautTest
class ReportNegotiationIT extends IntegrationTest {

  private static final String PDF = "application/pdf";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String CSV = "text/csv";

  /** What browsers send when following a download link. */
  private static final String BROWSER =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
          + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

  /** R's httr. */
  private static final String HTTR = "application/json, text/xml, application/xml, */*";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Inject EmbeddedServer server;

  private ReportFixture fixture;

  @BeforeAll
  void produceTheSurvey() {
    fixture = ReportFixture.produced();
    await().atMost(Duration.ofSeconds(90)).until(() -> fixture.arrived(new Sql(database)));
  }

  static Stream<Arguments> reportsAndFormats() {
    List<Arguments> all = new ArrayList<>();
    for (String report : List.of("unit", "municipality", "network")) {
      for (String format : List.of("pdf", "xlsx", "csv")) {
        all.add(Arguments.of(report, format));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} report as {1}")
  @MethodSource("reportsAndFormats")
  void shouldServeTheFileToEveryAcceptHeaderThatTakesIt(String report, String format)
      throws Exception {
    String type = mediaType(format);
    String family = type.substring(0, type.indexOf('/')) + "/*";
    List<String> accepting =
        new ArrayList<>(List.of(type, type + "; q=0.5", family, "*/*", BROWSER, HTTR));
    accepting.add(null);
    SoftAssertions softly = new SoftAssertions();
    for (String accept : accepting) {
      HttpResponse<byte[]> answer = get(path(report, format), accept);
      softly.assertThat(answer.statusCode()).as("Accept: %s", accept).isEqualTo(200);
      softly
          .assertThat(answer.headers().firstValue("Content-Type").orElse(""))
          .as("Accept: %s", accept)
          .startsWith(type);
      softly.assertThat(signature(answer.body())).as("Accept: %s", accept).isEqualTo(format);
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0} report as {1}")
  @MethodSource("reportsAndFormats")
  void shouldRefuseAnAcceptHeaderThatTakesNoFileOfTheFormatAsProblem(String report, String format)
      throws Exception {
    String type = mediaType(format);
    List<String> refusing = new ArrayList<>();
    for (String other : List.of("pdf", "xlsx", "csv")) {
      if (!other.equals(format)) {
        refusing.add(mediaType(other));
      }
    }
    refusing.add("application/json");
    refusing.add(type + ";q=0");
    SoftAssertions softly = new SoftAssertions();
    for (String accept : refusing) {
      HttpResponse<byte[]> answer = get(path(report, format), accept);
      softly.assertThat(answer.statusCode()).as("Accept: %s", accept).isEqualTo(406);
      softly
          .assertThat(answer.headers().firstValue("Content-Type").orElse(""))
          .as("Accept: %s", accept)
          .startsWith("application/problem+json");
      softly
          .assertThat(new String(answer.body(), StandardCharsets.UTF_8))
          .as("Accept: %s", accept)
          .contains("\"status\":406");
    }
    softly.assertAll();
  }

  private String path(String report, String format) {
    return switch (report) {
      case "unit" ->
          "/api/reports/unit?round=" + fixture.eideAutumn + "&unit=" + INST + "&format=" + format;
      case "municipality" ->
          "/api/reports/municipality?municipality="
              + EIDE
              + "&wave="
              + fixture.autumn
              + "&format="
              + format;
      default ->
          "/api/reports/network?network="
              + fixture.network
              + "&wave="
              + fixture.autumn
              + "&format="
              + format;
    };
  }

  private HttpResponse<byte[]> get(String path, String accept) throws Exception {
    URI uri = server.getURI().resolve(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + Tokens.admin()).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String mediaType(String format) {
    return switch (format) {
      case "pdf" -> PDF;
      case "xlsx" -> XLSX;
      default -> CSV;
    };
  }

  /** The format the bytes are, by their first bytes: %PDF, a ZIP (XLSX) or text with a BOM. */
  private static String signature(byte[] body) {
    String start = new String(body, 0, Math.min(4, body.length), StandardCharsets.ISO_8859_1);
    if (start.startsWith("%PDF")) {
      return "pdf";
    }
    if (start.startsWith("PK")) {
      return "xlsx";
    }
    return body.length > 0 ? "csv" : "empty";
  }
}
