package no.saman.analytics.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static no.saman.analytics.support.ReportDocuments.label;
import static no.saman.analytics.support.ReportDocuments.printed;
import static no.saman.analytics.support.ReportFixture.EIDE;
import static no.saman.analytics.support.ReportFixture.INST;
import static no.saman.analytics.support.ReportFixture.KITCHEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
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

/** The HR unit report over HTTP, against what GET /api/rounds/{id}/results shows of the unit. */
@MicronautTest
class UnitReportIT extends IntegrationTest {

  private static final String SUMMARY = "Nøkkeltal";
  private static final String TOO_FEW = "for få svar";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private ReportFixture fixture;
  private Api hr;
  private Map<String, Object> inst;

  @BeforeAll
  void produceTheSurveyAndSetAGoal() {
    fixture = ReportFixture.produced();
    hr = new Api(client, json).as(Tokens.hr(EIDE));
    await().atMost(Duration.ofSeconds(90)).until(() -> fixture.arrived(new Sql(database)));
    double baseline =
        (Double)
            Api.indicator(
                    hr.json("/api/rounds/" + fixture.eideBaseline + "/results?unit=" + INST),
                    "avg_position_size")
                .get("value");
    Api.Answer goal =
        hr.post(
            "/api/goals",
            Map.of(
                "municipality",
                EIDE,
                "unit",
                INST,
                "indicator",
                "avg_position_size",
                "baseline",
                baseline,
                "baselineWave",
                fixture.baseline,
                "target",
                75.0,
                "deadline",
                "2028-12-31"));
    assertThat(goal.status()).isEqualTo(201);
    inst = hr.json("/api/rounds/" + fixture.eideAutumn + "/results?unit=" + INST);
  }

  @Test
  void shouldPrintTheUnitsFiguresComparisonsChangeItemsGoalsAndCommentsAsTheApiShowsThem() {
    Api.Answer answer = hr.get(report(INST) + "&format=pdf");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/pdf");
    assertThat(answer.disposition())
        .isEqualTo(
            "attachment; filename=\"unit-report-" + fixture.eideAutumn + "-" + INST + ".pdf\"");
    ReportDocuments.Pdf pdf = ReportDocuments.pdf(answer.body());
    assertThat(pdf.pages()).isBetween(2, 6);
    assertThat(pdf.text())
        .contains("Resultat for eininga", "Eide", "Institusjonstenesta", "Sjukeheim")
        .contains("58,51 %", "42,1 %", "Svar 57", "Sjukeheim")
        .contains(label("nn", "indicator.competence_drivers_index"))
        .contains(label("nn", "item.L6"), "Svært godt", "Mål og framdrift");
    assertThat(inst).doesNotContainKey("comments");
    assertThat(pdf.text())
        .doesNotContain(label("nn", "comments"))
        .doesNotContain(ReportFixture.KITCHEN_COMMENT);
    for (Map<String, Object> indicator : indicators(inst)) {
      String id = (String) indicator.get("id");
      if (!KeyIndicators.UNIT_SUMMARY.contains(id) && !KeyIndicators.INDICES.contains(id)) {
        continue;
      }
      assertThat(pdf.text()).as(id).contains(printed(id, number(indicator, "value"), "nn"));
      @SuppressWarnings("unchecked")
      Map<String, Object> compare = (Map<String, Object>) indicator.get("compare");
      for (String group : List.of("municipality", "serviceType", "all")) {
        String value = printed(id, number(compare, group), "nn");
        if (TOTALS.contains(id)) {
          assertThat(pdf.text()).as(id + " not beside " + group).doesNotContain(value);
        } else {
          assertThat(pdf.text()).as(id + " beside " + group).contains(value);
        }
      }
    }
  }

  /** Indicators that are totals of the group: the report shows no comparison for them. */
  private static final List<String> TOTALS = List.of("hidden_fte", "hidden_fte_est");

  @Test
  void shouldHoldTheApisNumbersInTheUnitWorkbook() {
    Api.Answer answer = hr.get(report(INST) + "&format=xlsx");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(answer.disposition()).endsWith(".xlsx\"");
    Workbook xlsx = Workbook.read(answer.body());
    assertThat(xlsx.sheetNames())
        .contains("Oversikt", SUMMARY, "Kompetansebruk", "Leiing", "Indeksar")
        .contains("Mål og framdrift")
        .doesNotContain("Kommentarar");
    assertThat(xlsx.number("Oversikt", "Svar", "Verdi")).isEqualTo(number(inst, "responses"));
    assertThat(xlsx.number("Oversikt", "Svarprosent", "Verdi"))
        .isEqualTo(number(inst, "responseRate"));
    int checked = 0;
    for (Map<String, Object> indicator : indicators(inst)) {
      String id = (String) indicator.get("id");
      String sheet =
          KeyIndicators.UNIT_SUMMARY.contains(id)
              ? SUMMARY
              : KeyIndicators.INDICES.contains(id) ? "Indeksar" : null;
      if (sheet == null) {
        continue;
      }
      String row = label("nn", "indicator." + id);
      assertThat(xlsx.number(sheet, row, "Eininga")).as(id).isEqualTo(number(indicator, "value"));
      @SuppressWarnings("unchecked")
      Map<String, Object> compare = (Map<String, Object>) indicator.get("compare");
      if (TOTALS.contains(id)) {
        for (String column : List.of("Kommunen", "Same tenestetype", "Alle deltakarar")) {
          var cell = xlsx.cell(sheet, row, column);
          assertThat(cell == null || cell.getCellType() != CellType.NUMERIC)
              .as(id + ": a total is not compared with larger groups' totals, " + column)
              .isTrue();
        }
      } else {
        assertThat(xlsx.number(sheet, row, "Kommunen")).isEqualTo(number(compare, "municipality"));
        assertThat(xlsx.number(sheet, row, "Same tenestetype"))
            .isEqualTo(number(compare, "serviceType"));
        assertThat(xlsx.number(sheet, row, "Alle deltakarar")).isEqualTo(number(compare, "all"));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> previous = (Map<String, Object>) indicator.get("previous");
      if (sheet.equals(SUMMARY) && previous != null && previous.get("change") != null) {
        assertThat(xlsx.number(sheet, row, "Endring sidan " + fixture.baseline))
            .as(id + " change")
            .isEqualTo(number(previous, "change"));
        if (previous.get("ci95") != null) {
          List<?> ci95 = (List<?>) previous.get("ci95");
          assertThat(xlsx.number(sheet, row, "Endring, nedre grense (95 %)"))
              .isEqualTo(((Number) ci95.get(0)).doubleValue());
          assertThat(xlsx.number(sheet, row, "Endring, øvre grense (95 %)"))
              .isEqualTo(((Number) ci95.get(1)).doubleValue());
          assertThat(xlsx.text(sheet, row, "Større enn tilfeldig"))
              .isEqualTo(Boolean.TRUE.equals(previous.get("significant")) ? "ja" : "nei");
        }
        checked++;
      }
    }
    assertThat(checked).as("changes checked").isGreaterThanOrEqualTo(4);
    Map<String, Object> k1 = item(inst, "K1");
    @SuppressWarnings("unchecked")
    Map<String, Object> distribution = (Map<String, Object>) k1.get("distribution");
    assertThat(xlsx.number("Kompetansebruk", "Svært godt", "Eininga"))
        .isEqualTo(number(distribution, "5") / number(k1, "n"));
    for (String l : List.of("L1", "L4", "L7")) {
      assertThat(xlsx.number("Leiing", label("nn", "item." + l), "Eininga"))
          .isEqualTo(number(item(inst, l), "mean"));
    }
    assertThat(
            xlsx.number("Mål og framdrift", label("nn", "indicator.avg_position_size"), "Målverdi"))
        .isEqualTo(75);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldPrintTheCommentsOfAUnitTheApiShowsCommentsOf() {
    Map<String, Object> heim =
        hr.json("/api/rounds/" + fixture.eideAutumn + "/comments?unit=" + ReportFixture.HEIM);
    assertThat((List<Map<String, Object>>) heim.get("comments"))
        .extracting(c -> c.get("text"))
        .isEqualTo(ReportFixture.HEIM_COMMENTS.stream().sorted().toList());

    String pdf = ReportDocuments.pdf(hr.get(report(ReportFixture.HEIM)).body()).text();
    Workbook xlsx = Workbook.read(hr.get(report(ReportFixture.HEIM) + "&format=xlsx").body());

    assertThat(pdf).contains("Kommentarar").contains(ReportFixture.HEIM_COMMENTS);
    assertThat(xlsx.rowLabels("Kommentarar"))
        .containsExactly("Kompetanse", "Heiltid og deltid", "Leiing");
  }

  @Test
  void shouldPrintASuppressedUnitAsTooFewResponsesWithNoFigureOrCommentOfIt() {
    Map<String, Object> kitchen =
        hr.json("/api/rounds/" + fixture.eideAutumn + "/results?unit=" + KITCHEN);
    assertThat(kitchen.get("suppressed")).isEqualTo(true);

    ReportDocuments.Pdf pdf = ReportDocuments.pdf(hr.get(report(KITCHEN)).body());
    Workbook xlsx = Workbook.read(hr.get(report(KITCHEN) + "&format=xlsx").body());
    String csv = new String(hr.get(report(KITCHEN) + "&format=csv").body(), UTF_8);

    assertThat(pdf.text()).contains("Kjøkenet", TOO_FEW).doesNotContain("48,00");
    assertThat(pdf.text() + csv).doesNotContain(ReportFixture.KITCHEN_COMMENT);
    assertThat(csv).doesNotContain("48.00").doesNotContain("48,00");
    String row = label("nn", "indicator.avg_position_size");
    assertThat(xlsx.text(SUMMARY, row, "Eininga")).isEqualTo(TOO_FEW);
    assertThat(xlsx.text("Oversikt", "Svar", "Verdi")).isEqualTo(TOO_FEW);
    assertThat(xlsx.number(SUMMARY, row, "Kommunen"))
        .isEqualTo(
            number(
                Api.indicator(
                    hr.json("/api/rounds/" + fixture.eideAutumn + "/results"), "avg_position_size"),
                "value"));
    assertThat(xlsx.sheetNames()).doesNotContain("Kommentarar", "Kompetansebruk", "Leiing");
  }

  @Test
  void shouldWriteUtf8CsvInTheRequestedLanguage() {
    Api.Answer answer = hr.get(report(INST) + "&format=csv&lang=en");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("text/csv; charset=UTF-8");
    assertThat(answer.disposition()).endsWith(".csv\"");
    String csv = new String(answer.body(), UTF_8);
    assertThat(csv).startsWith("\uFEFF").contains("Institusjonstenesta", "Eide", "58.51");
  }

  @Test
  void shouldWriteInTheMunicipalitysMalformUnlessAsked() {
    assertThat(ReportDocuments.pdf(hr.get(report(INST)).body()).text())
        .contains("Resultat for eininga");
    assertThat(ReportDocuments.pdf(hr.get(report(INST) + "&lang=nb").body()).text())
        .contains("Resultat for enheten");
  }

  @Test
  void shouldNameEveryInvalidParameter() {
    Api.Answer answer = hr.get("/api/reports/unit?format=docx&lang=de");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) hr.parse(answer.body()).get("errors");
    assertThat(errors)
        .extracting(e -> e.get("name"))
        .containsExactly("round", "unit", "format", "lang");
    assertThat(errors.get(2).get("reason")).isEqualTo("must be pdf, xlsx or csv");
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownRoundOrUnit() {
    for (String path :
        List.of(report("1551-NOWHERE"), "/api/reports/unit?round=no-such-round&unit=" + INST)) {
      Api.Answer answer = hr.get(path);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }
  }

  @Test
  void shouldRefuseHrOfAnotherMunicipality() {
    Api.Answer answer = new Api(client, json).as(Tokens.hr("1548")).get(report(INST));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).isEqualTo("application/problem+json");
  }

  @Test
  void shouldKeepImagesOfTheUnitReportsPages() throws Exception {
    assumeThat(ReportDocuments.pdftoppmAvailable()).as("pdftoppm is installed").isTrue();

    List<Path> inst =
        ReportDocuments.images(hr.get(report(INST)).body(), "unit-institusjonstenesta");
    List<Path> kitchen = ReportDocuments.images(hr.get(report(KITCHEN)).body(), "unit-kjokenet");

    assertThat(inst).hasSizeGreaterThanOrEqualTo(2);
    assertThat(kitchen).isNotEmpty();
    for (Path png : inst) {
      assertThat(Files.size(png)).as(png.toString()).isGreaterThan(10_000);
    }
  }

  private String report(String unit) {
    return "/api/reports/unit?round=" + fixture.eideAutumn + "&unit=" + unit;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> indicators(Map<String, Object> result) {
    return (List<Map<String, Object>>) result.get("indicators");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> item(Map<String, Object> result, String id) {
    return ((List<Map<String, Object>>) result.get("items"))
        .stream().filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow();
  }

  private static double number(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value == null) {
      throw new AssertionError("no " + key + " in " + map);
    }
    return ((Number) value).doubleValue();
  }
}
