package no.saman.analytics.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static no.saman.analytics.support.ReportDocuments.label;
import static no.saman.analytics.support.ReportDocuments.printed;
import static no.saman.analytics.support.ReportFixture.EIDE;
import static no.saman.analytics.support.ReportFixture.MIDSUND;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.ReportDocuments;
import no.saman.analytics.support.ReportFixture;
import no.saman.analytics.support.Sql;
import no.saman.analytics.support.Tokens;
import no.saman.analytics.support.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The network leader's comparison over HTTP, against what GET /api/networks/{id}/comparison shows:
 * Aukra and Eide beside the network mean of the two and all three participants, Midsund suppressed
 * in the autumn, trends over two waves and the members' goals.
 */
@MicronautTest
class NetworkReportIT extends IntegrationTest {

  private static final String COMPARISON = "Kommunene side om side";
  private static final String TREND = "Utvikling over målingene";
  private static final String GOALS = "Mål per kommune";
  private static final String TOO_FEW = "for få svar";
  private static final String MEAN = "Nettverket (N = 2)";
  private static final String ALL = "Alle deltakere (N = 3)";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private ReportFixture fixture;
  private Api leader;
  private Map<String, Object> comparison;

  @BeforeAll
  void produceTheSurveyAndSetGoals() {
    fixture = ReportFixture.produced();
    Api anonymous = new Api(client, json);
    leader = anonymous.as(Tokens.leader(fixture.network));
    await().atMost(Duration.ofSeconds(90)).until(() -> fixture.arrived(new Sql(database)));
    goal(anonymous.as(Tokens.hr(EIDE)), EIDE, fixture.eideBaseline, "wants_larger_share", 0.2);
    goal(
        anonymous.as(Tokens.hr(MIDSUND)),
        MIDSUND,
        fixture.midsundBaseline,
        "avg_position_size",
        80);
    comparison =
        leader.json(
            "/api/networks/"
                + fixture.network
                + "/comparison?waves="
                + fixture.baseline
                + ","
                + fixture.autumn);
  }

  @Test
  void shouldPrintEachMemberTheMeanOfTheShownAndAllParticipantsAsTheApiShowsThem() {
    Api.Answer answer = leader.get(report() + "&wave=" + fixture.autumn);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.disposition())
        .isEqualTo(
            "attachment; filename=\"network-report-"
                + fixture.network
                + "-"
                + fixture.autumn
                + ".pdf\"");
    ReportDocuments.Pdf pdf = ReportDocuments.pdf(answer.body());
    assertThat(pdf.pages()).isBetween(2, 10);
    assertThat(pdf.text())
        .contains("Nettverkssammenligning", "Heiltid i Romsdal", "Aukra", "Eide", "Midsund")
        .contains("Midsund " + TOO_FEW, MEAN, ALL, fixture.baseline, eidesGoalStatus())
        .doesNotContain("66,67");
    Map<String, Double> autumn = values(fixture.autumn, "Eide");
    Map<String, Double> aukra = values(fixture.autumn, "Aukra");
    for (String id : List.of("avg_position_size", "wants_larger_share", "presence_index")) {
      assertThat(pdf.text())
          .as(id)
          .contains(printed(id, autumn.get(id), "nb"), printed(id, aukra.get(id), "nb"))
          .contains(printed(id, values(fixture.autumn, "network").get(id), "nb"))
          .contains(printed(id, values(fixture.autumn, "all").get(id), "nb"));
    }
  }

  @Test
  void shouldHoldTheComparisonsNumbersInTheWorkbook() {
    Workbook xlsx =
        Workbook.read(leader.get(report() + "&wave=" + fixture.autumn + "&format=xlsx").body());

    assertThat(xlsx.sheetNames()).containsExactly("Oversikt", COMPARISON, TREND, GOALS);
    for (String id : KeyIndicators.NETWORK) {
      String column = label("nb", "indicator." + id);
      assertThat(xlsx.number(COMPARISON, "Eide", column))
          .as("Eide " + id)
          .isEqualTo(values(fixture.autumn, "Eide").get(id));
      assertThat(xlsx.number(COMPARISON, "Aukra", column))
          .isEqualTo(values(fixture.autumn, "Aukra").get(id));
      assertThat(xlsx.text(COMPARISON, "Midsund", column)).isEqualTo(TOO_FEW);
      assertThat(xlsx.number(COMPARISON, MEAN, column))
          .isEqualTo(values(fixture.autumn, "network").get(id));
      assertThat(xlsx.number(COMPARISON, ALL, column))
          .isEqualTo(values(fixture.autumn, "all").get(id));
      assertThat(
              xlsx.cell(TREND, "Midsund", "Måling", fixture.baseline, column).getNumericCellValue())
          .as("Midsund's baseline " + id)
          .isEqualTo(values(fixture.baseline, "Midsund").get(id));
      assertThat(xlsx.cell(TREND, "Midsund", "Måling", fixture.autumn, column).getStringCellValue())
          .isEqualTo(TOO_FEW);
    }
    assertThat(xlsx.text(COMPARISON, "Midsund", "Svar")).isEqualTo(TOO_FEW);
    assertThat(xlsx.numbersOf(COMPARISON, "Midsund")).isEmpty();
    String midsundGoal = "Midsund: " + label("nb", "indicator.avg_position_size");
    assertThat(xlsx.number(GOALS, midsundGoal, "Målverdi")).isEqualTo(80);
    assertThat(
            xlsx.cell(GOALS, midsundGoal, "Måling", fixture.autumn, "Verdi").getStringCellValue())
        .isEqualTo(TOO_FEW);
    String eideGoal = "Eide: " + label("nb", "indicator.wants_larger_share");
    assertThat(xlsx.cell(GOALS, eideGoal, "Måling", fixture.autumn, "Verdi").getNumericCellValue())
        .isEqualTo(values(fixture.autumn, "Eide").get("wants_larger_share"));
  }

  @Test
  void shouldWriteUtf8CsvInTheAskedLanguage() {
    Api.Answer answer = leader.get(report() + "&format=csv&lang=nn");

    assertThat(answer.contentType()).isEqualTo("text/csv; charset=UTF-8");
    assertThat(answer.disposition()).contains(fixture.autumn).endsWith(".csv\"");
    String csv = new String(answer.body(), UTF_8);
    assertThat(csv).startsWith("\uFEFF").contains("Kommunane side om side", "Midsund", TOO_FEW);
  }

  @Test
  void shouldNameEveryInvalidParameter() {
    Api.Answer answer = leader.get("/api/reports/network?wave=2026&format=odt&lang=sv");

    assertThat(answer.status()).isEqualTo(400);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors =
        (List<Map<String, Object>>) leader.parse(answer.body()).get("errors");
    assertThat(errors)
        .extracting(e -> e.get("name"))
        .containsExactly("network", "wave", "format", "lang");
  }

  @Test
  void shouldRefuseAnotherNetworksLeaderAndHr() {
    Api anonymous = new Api(client, json);
    for (String token : List.of(Tokens.leader("another-network"), Tokens.hr(EIDE))) {
      Api.Answer answer = anonymous.as(token).get(report());
      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownNetworkOrAWaveNoMemberRan() {
    Api admin = new Api(client, json).as(Tokens.admin());
    for (String path :
        List.of("/api/reports/network?network=no-such-network", report() + "&wave=2026-nowhere")) {
      Api.Answer answer = admin.get(path);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }
  }

  @Test
  void shouldKeepImagesOfTheNetworkReportsPages() throws Exception {
    assumeThat(ReportDocuments.pdftoppmAvailable()).as("pdftoppm is installed").isTrue();

    List<Path> pages = ReportDocuments.images(leader.get(report()).body(), "network-romsdal");

    assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
  }

  private String report() {
    return "/api/reports/network?network=" + fixture.network;
  }

  /** Indicator id → value in a wave: of a member by name, or of "network" or "all". */
  @SuppressWarnings("unchecked")
  private Map<String, Double> values(String wave, String who) {
    Map<String, Double> values = new HashMap<>();
    for (Map<String, Object> w : (List<Map<String, Object>>) comparison.get("waves")) {
      if (!wave.equals(w.get("wave"))) {
        continue;
      }
      for (Map<String, Object> indicator : (List<Map<String, Object>>) w.get("indicators")) {
        Object value = indicator.get(who);
        for (Map<String, Object> m : (List<Map<String, Object>>) indicator.get("municipalities")) {
          if (who.equals(m.get("name"))) {
            value = m.get("value");
          }
        }
        if (value instanceof Number number) {
          values.put((String) indicator.get("id"), number.doubleValue());
        }
      }
    }
    return values;
  }

  /**
   * The status GET /api/goals gives Eide's goal in the autumn, as the report prints it in bokmål.
   */
  @SuppressWarnings("unchecked")
  private String eidesGoalStatus() {
    List<Object> goals =
        leader.parseList(
            new Api(client, json)
                .as(Tokens.hr(EIDE))
                .get("/api/goals?municipality=" + EIDE)
                .body());
    Map<String, Object> goal = (Map<String, Object>) goals.get(0);
    String status =
        ((List<Map<String, Object>>) goal.get("progress"))
            .stream()
                .filter(step -> fixture.autumn.equals(step.get("wave")))
                .map(step -> (String) step.get("status"))
                .findFirst()
                .orElseThrow();
    return switch (status) {
      case "achieved" -> "Nådd";
      case "on_track" -> "I rute";
      case "behind" -> "Bak planen";
      default -> throw new AssertionError("Eide's goal has no status in the autumn: " + status);
    };
  }

  private static void goal(Api hr, String municipality, String round, String id, double target) {
    Map<String, Object> result = hr.json("/api/rounds/" + round + "/results");
    Map<String, Object> goal = new HashMap<>();
    goal.put("municipality", municipality);
    goal.put("indicator", id);
    goal.put("baseline", ((Number) Api.indicator(result, id).get("value")).doubleValue());
    goal.put("baselineWave", ReportFixture.produced().baseline);
    goal.put("target", target);
    goal.put("deadline", "2028-12-31");
    assertThat(hr.post("/api/goals", goal).status()).isEqualTo(201);
  }
}
