package no.saman.analytics.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.FraenaAnswers;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.Sql;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest
class UnitReportIT extends IntegrationTest {

  private static final List<String> INST = List.of("1548", "1548-PLO", "1548-PLO-INST");
  private static final List<String> HEIM = List.of("1548", "1548-HEIM");
  private static final List<String> KINDERGARTEN = List.of("1824", "1824-BHG");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String round = uniqueRound("1548-2013-autumn");
  private final String smallRound = uniqueRound("1824-small");
  private TestEvents events;
  private Api api;

  @BeforeAll
  void produceRounds() {
    api = new Api(client, json).as(Tokens.admin());
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendFraena();
    events.sendRound(round, "1548", "Heiltid og deltid i Fræna");
    events.sendResponses(round, INST, FraenaAnswers.institusjonstenesta());
    events.sendResponses(round, HEIM, FraenaAnswers.heimebaserteTenester());
    events.sendMunicipality("1824", "Vefsn", "Nordland", "nb");
    events.sendUnit("1824", "1824-BHG", "Kulstad barnehage", null, 14, "barnehage");
    events.sendRound(smallRound, "1824", "Heltid i barnehagane");
    events.sendResponses(
        smallRound,
        KINDERGARTEN,
        List.of(
            Map.of("H1", 60, "H2", 80), Map.of("H1", 80, "H2", 100), Map.of("H1", 100, "H2", 100)));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                organisationArrived("1548", "1548-PLO", "1548-PLO-INST", "1548-HEIM")
                    && organisationArrived("1824", "1824-BHG")
                    && roundArrived(round)
                    && roundArrived(smallRound)
                    && Long.valueOf(200)
                        .equals(Api.number(api.json(results(round, null)), "responses"))
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM response_answers WHERE round_id = ?",
                                smallRound)
                        == 3);
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  @Test
  void shouldRenderTheUnitsPdfWithItsNameAndFigures() throws IOException {
    Api.Answer answer = api.get(report(round, "1548-PLO-INST") + "&format=pdf");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/pdf");
    assertThat(answer.disposition())
        .isEqualTo("attachment; filename=\"unit-report-" + round + "-1548-PLO-INST.pdf\"");
    assertThat(new String(answer.body(), 0, 4, UTF_8)).isEqualTo("%PDF");
    String text = textOf(answer.body());
    assertThat(text).contains("Institusjonstenesta", "Fræna", "58,51", "71,05", "57");
  }

  @Test
  void shouldRenderASuppressedUnitAsTooFewResponsesWithoutItsFigures() throws IOException {
    Api.Answer answer = api.get(report(smallRound, "1824-BHG"));

    assertThat(answer.status()).isEqualTo(200);
    String text = textOf(answer.body());
    assertThat(text).contains("Kulstad barnehage", "for få svar");
    assertThat(text).doesNotContain("80,00", "80,0", "0,33", "33 %", "21,4");
  }

  @Test
  void shouldRenderTheUnitsCsvInTheRequestedLanguage() {
    Api.Answer answer = api.get(report(round, "1548-PLO-INST") + "&format=csv&lang=en");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("text/csv; charset=UTF-8");
    assertThat(answer.disposition()).endsWith(".csv\"");
    String csv = new String(answer.body(), UTF_8);
    assertThat(csv).contains("Institusjonstenesta").contains("58.51");
  }

  @Test
  void shouldNameEveryInvalidParameter() {
    Api.Answer answer = api.get("/api/reports/unit?format=xlsx&lang=de");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) api.parse(answer.body()).get("errors");
    assertThat(errors)
        .extracting(e -> e.get("name"))
        .containsExactly("round", "unit", "format", "lang");
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownUnit() {
    Api.Answer answer = api.get(report(round, "1548-NOWHERE"));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
  }

  private static String results(String roundId, String unit) {
    return "/api/rounds/" + roundId + "/results" + (unit == null ? "" : "?unit=" + unit);
  }

  private static String report(String roundId, String unit) {
    return "/api/reports/unit?round=" + roundId + "&unit=" + unit;
  }

  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
