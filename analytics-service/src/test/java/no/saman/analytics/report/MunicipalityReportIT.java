package no.saman.analytics.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static no.saman.analytics.support.ReportDocuments.label;
import static no.saman.analytics.support.ReportDocuments.printed;
import static no.saman.analytics.support.ReportFixture.EIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.ReportDocuments;
import no.saman.analytics.support.ReportFixture;
import no.saman.analytics.support.Sql;
import no.saman.analytics.support.Tokens;
import no.saman.analytics.support.Workbook;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HR municipality report over HTTP, against what GET /api/municipalities/{code}/results shows:
 * Eide's units side by side, Kjøkenet and Reinhald suppressed, and the trend over two waves.
 */
@MicronautTest
class MunicipalityReportIT extends IntegrationTest {

  private static final String UNITS = "Einingane side om side";
  private static final String TREND = "Utvikling over målingane";
  private static final String TOO_FEW = "for få svar";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private ReportFixture fixture;
  private Api hr;
  private Map<String, Object> autumn;
  private Map<String, Object> baseline;

  @BeforeAll
  void produceTheSurvey() {
    fixture = ReportFixture.produced();
    hr = new Api(client, json).as(Tokens.hr(EIDE));
    await().atMost(Duration.ofSeconds(90)).until(() -> fixture.arrived(new Sql(database)));
    autumn = hr.json("/api/municipalities/" + EIDE + "/results?wave=" + fixture.autumn);
    baseline = hr.json("/api/municipalities/" + EIDE + "/results?wave=" + fixture.baseline);
  }

  @Test
  void shouldPrintEveryUnitAsTheApiShowsItAndTooFewResponsesForTheSuppressed() {
    Api.Answer answer = hr.get(report() + "&wave=" + fixture.autumn);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/pdf");
    assertThat(answer.disposition())
        .isEqualTo("attachment; filename=\"municipality-report-1551-" + fixture.autumn + ".pdf\"");
    ReportDocuments.Pdf pdf = ReportDocuments.pdf(answer.body());
    assertThat(pdf.pages()).isBetween(1, 5);
    assertThat(pdf.text())
        .contains("Resultat for kommunen", "Eide (1551)", "Eide i alt", "2026-baseline-")
        .contains("Pleie og omsorg", "Institusjonstenesta", "Heimebaserte tenester")
        .contains("Kjøkenet " + TOO_FEW, "Reinhald " + TOO_FEW)
        .contains("Pleie og omsorg 57 60,6 %", "Institusjonstenesta 57 63,3 %")
        .contains("58,51 %")
        .doesNotContain("48,00", "27,50", ReportFixture.KITCHEN_COMMENT);
    assertThat(
            List.of(
                pdf.text().indexOf("Pleie og omsorg 57"),
                pdf.text().indexOf("Institusjonstenesta 57"),
                pdf.text().indexOf("Reinhald " + TOO_FEW)))
        .as("a unit comes right before the units inside it")
        .isSorted()
        .doesNotContain(-1);
    for (Map<String, Object> unit : units(autumn)) {
      if (Boolean.TRUE.equals(unit.get("suppressed"))) {
        continue;
      }
      for (String id : List.of("avg_position_size", "wants_larger_share", "presence_index")) {
        assertThat(pdf.text())
            .as(name(unit) + " " + id)
            .contains(printed(id, value(unit, id), "nn"));
      }
    }
  }

  @Test
  void shouldHoldTheApisNumbersInTheWorkbookAndNoNumberOfASuppressedUnit() {
    Workbook xlsx =
        Workbook.read(hr.get(report() + "&wave=" + fixture.autumn + "&format=xlsx").body());

    // The recruitment scenario of the whole municipality (its drivers need 30 complete cases).
    assertThat(xlsx.sheetNames())
        .containsExactly("Oversikt", UNITS, TREND, "Rekrutteringsscenario (KS-model");
    List<Map<String, Object>> units = units(autumn);
    assertThat(units).hasSize(5);
    int suppressed = 0;
    for (Map<String, Object> unit : units) {
      String row = name(unit);
      if (Boolean.TRUE.equals(unit.get("suppressed"))) {
        suppressed++;
        assertThat(xlsx.text(UNITS, row, "Svar")).isEqualTo(TOO_FEW);
        assertThat(xlsx.numbersOf(UNITS, row)).as(row).isEmpty();
        continue;
      }
      assertThat(xlsx.number(UNITS, row, "Svar")).isEqualTo(number(unit, "responses"));
      assertThat(xlsx.number(UNITS, row, "Svarprosent")).isEqualTo(number(unit, "responseRate"));
      for (String id : KeyIndicators.MUNICIPALITY) {
        assertThat(xlsx.number(UNITS, row, label("nn", "indicator." + id)))
            .as(row + " " + id)
            .isEqualTo(value(unit, id));
      }
    }
    assertThat(suppressed).isEqualTo(2);
    @SuppressWarnings("unchecked")
    Map<String, Object> total = (Map<String, Object>) autumn.get("municipality");
    assertThat(xlsx.number(UNITS, "Eide i alt", "Svar")).isEqualTo(205);
    assertThat(xlsx.number(UNITS, "Eide i alt", label("nn", "indicator.avg_position_size")))
        .isEqualTo(value(total, "avg_position_size"));
    @SuppressWarnings("unchecked")
    Map<String, Object> earlier = (Map<String, Object>) baseline.get("municipality");
    for (String id :
        List.of("avg_position_size", "wants_larger_share", "mastery_leadership_index")) {
      assertThat(
              xlsx.cell(TREND, "Eide", "Måling", fixture.baseline, label("nn", "indicator." + id))
                  .getNumericCellValue())
          .as("trend " + id)
          .isEqualTo(value(earlier, id));
      assertThat(
              xlsx.cell(TREND, "Eide", "Måling", fixture.autumn, label("nn", "indicator." + id))
                  .getNumericCellValue())
          .isEqualTo(value(total, id));
    }
    assertThat(xlsx.cell(TREND, "Eide", "Måling", fixture.autumn, "Svar").getCellType())
        .isEqualTo(CellType.NUMERIC);
  }

  @Test
  void shouldWriteUtf8CsvWithTheSuppressedUnitsAsTooFewResponses() {
    Api.Answer answer = hr.get(report() + "&wave=" + fixture.autumn + "&format=csv");

    assertThat(answer.contentType()).isEqualTo("text/csv; charset=UTF-8");
    String csv = new String(answer.body(), UTF_8);
    assertThat(csv)
        .startsWith("\uFEFF")
        .contains(";" + UNITS + ";Kjøkenet;Svar;")
        .contains("58,51 %")
        .doesNotContain("48,00");
    assertThat(csv.lines().filter(l -> l.contains(";Kjøkenet;")))
        .isNotEmpty()
        .allMatch(l -> l.endsWith(TOO_FEW));
  }

  @Test
  void shouldReportTheLatestWaveInTheMalformUnlessAsked() {
    Api.Answer latest = hr.get(report());
    Api.Answer bokmal = hr.get(report() + "&lang=nb");

    assertThat(latest.disposition()).contains(fixture.autumn);
    assertThat(ReportDocuments.pdf(latest.body()).text()).contains(UNITS);
    assertThat(ReportDocuments.pdf(bokmal.body()).text()).contains("Enhetene side om side");
  }

  @Test
  void shouldRenderAUnitWithoutResponsesAsTheOnlySuppressedUnitBesideTheShownTotal() {
    Api aukrasHr = new Api(client, json).as(Tokens.hr(ReportFixture.AUKRA));
    Map<String, Object> results =
        aukrasHr.json(
            "/api/municipalities/" + ReportFixture.AUKRA + "/results?wave=" + fixture.autumn);
    assertThat(units(results))
        .filteredOn(u -> Boolean.TRUE.equals(u.get("suppressed")))
        .extracting(MunicipalityReportIT::name)
        .containsExactly("Kjøkkenet");

    Api.Answer answer =
        aukrasHr.get(
            "/api/reports/municipality?municipality="
                + ReportFixture.AUKRA
                + "&wave="
                + fixture.autumn);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(ReportDocuments.pdf(answer.body()).text())
        .contains("Aukra sjukeheim 20", "Kjøkkenet " + TOO_FEW, "Aukra i alt 20");
  }

  @Test
  void shouldNameEveryInvalidParameter() {
    Api.Answer answer =
        hr.get("/api/reports/municipality?municipality=15x1&wave=Haust&format=doc&lang=se");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    assertThat(errorNames(answer)).containsExactly("municipality", "wave", "format", "lang");
    assertThat(errorNames(hr.get("/api/reports/municipality?format=pdf")))
        .containsExactly("municipality");
  }

  @Test
  void shouldRefuseHrOfAnotherMunicipalityAndTheNetworksLeader() {
    Api anonymous = new Api(client, json);
    for (String token : List.of(Tokens.hr("1548"), Tokens.leader(fixture.network))) {
      Api.Answer answer = anonymous.as(token).get(report());
      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }
  }

  @Test
  void shouldAnswerNotFoundForAMunicipalityOrWaveWithoutRounds() {
    Api admin = new Api(client, json).as(Tokens.admin());
    for (String path :
        List.of("/api/reports/municipality?municipality=1999", report() + "&wave=2026-nowhere")) {
      Api.Answer answer = admin.get(path);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }
  }

  @Test
  void shouldKeepImagesOfTheMunicipalityReportsPages() throws Exception {
    assumeThat(ReportDocuments.pdftoppmAvailable()).as("pdftoppm is installed").isTrue();

    List<Path> pages =
        ReportDocuments.images(
            hr.get(report() + "&wave=" + fixture.autumn).body(), "municipality-eide");

    assertThat(pages).isNotEmpty();
  }

  private static String report() {
    return "/api/reports/municipality?municipality=" + EIDE;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> units(Map<String, Object> result) {
    return (List<Map<String, Object>>) result.get("units");
  }

  @SuppressWarnings("unchecked")
  private static String name(Map<String, Object> unit) {
    return (String) ((Map<String, Object>) unit.get("group")).get("name");
  }

  private static double value(Map<String, Object> group, String id) {
    return number(Api.indicator(group, id), "value");
  }

  private static double number(Map<String, Object> map, String key) {
    return ((Number) map.get(key)).doubleValue();
  }

  @SuppressWarnings("unchecked")
  private List<Object> errorNames(Api.Answer answer) {
    return ((List<Map<String, Object>>) hr.parse(answer.body()).get("errors"))
        .stream().map(e -> e.get("name")).toList();
  }
}
