package no.saman.analytics.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.Sql;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Brønnøy's care unit answers every module: the drivers of competence use come out as Johnson's own
 * route computes them from the very answers sent, and a unit of 20 gets no figures.
 */
@MicronautTest
class DriversIT extends IntegrationTest {

  private static final String BRONNOY = "1813";
  private static final String CARE = "1813-PLO";
  private static final String SMALL = "1813-ADM";
  private static final List<String> DRIVERS =
      List.of("mastery_leadership_index", "K2", "K3", "K4", "K5", "K6", "N2", "N3", "N4", "N5");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private final String round = uniqueRound("1813-drivers");
  private final List<Map<String, Object>> careAnswers = new ArrayList<>();
  private TestEvents events;
  private Api hr;
  private Api anonymous;

  @BeforeAll
  void produceAnswers() {
    anonymous = new Api(client, json);
    hr = anonymous.as(Tokens.hr(BRONNOY));
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendMunicipality(BRONNOY, "Brønnøy", "Nordland", "nb");
    events.sendUnit(BRONNOY, CARE, "Pleie og omsorg", null, 200, "sjukeheim");
    events.sendUnit(BRONNOY, SMALL, "Administrasjon", null, 25, "administrasjon");
    events.sendRound(
        round, BRONNOY, "Kompetanse 2014", "2014-autumn", "2014-09-01", Instruments.all());
    Random random = new Random(1813);
    for (int i = 0; i < 64; i++) {
      careAnswers.add(answers(random, i % 16 == 0));
    }
    List<Map<String, Object>> small = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      small.add(answers(random, false));
    }
    events.sendResponses(round, List.of(BRONNOY, CARE), careAnswers);
    events.sendResponses(round, List.of(BRONNOY, SMALL), small);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                roundArrived(round)
                    && organisationArrived(BRONNOY, CARE, SMALL)
                    && new Sql(database)
                            .number(
                                "SELECT COUNT(*) FROM response_answers WHERE round_id = ?", round)
                        == 84);
  }

  @AfterAll
  void closeProducer() {
    events.close();
  }

  /**
   * Answers on 1–5 driven by one climate factor; every 16th leaves K4 out (not a complete case).
   */
  private static Map<String, Object> answers(Random random, boolean skipK4) {
    double climate = random.nextGaussian();
    Map<String, Object> a = new LinkedHashMap<>();
    double lead = 0.7 * climate + random.nextGaussian() * 0.7;
    for (int l = 1; l <= 7; l++) {
      a.put("L" + l, likert(3 + lead + 0.6 * random.nextGaussian()));
    }
    for (int k = 2; k <= 6; k++) {
      a.put("K" + k, likert(3 + 0.5 * climate + 0.9 * random.nextGaussian()));
    }
    for (int n = 2; n <= 6; n++) {
      a.put("N" + n, likert(3 + 0.4 * climate + random.nextGaussian()));
    }
    a.put("K1", likert(3 + 0.6 * lead + 0.3 * ((Integer) a.get("K3") - 3) + random.nextGaussian()));
    a.put("H1", 50 + random.nextInt(50));
    a.put("H2", 100);
    if (skipK4) {
      a.remove("K4");
    }
    return a;
  }

  private static int likert(double value) {
    return (int) Math.max(1, Math.min(5, Math.round(value)));
  }

  /** The drivers and K1 of each complete case, computed here from the answers sent. */
  private double[][] completeCases() {
    List<double[]> rows = new ArrayList<>();
    for (Map<String, Object> a : careAnswers) {
      if (!a.containsKey("K4")) {
        continue;
      }
      double[] row = new double[DRIVERS.size() + 1];
      double lead = 0;
      for (int l = 1; l <= 7; l++) {
        lead += (Integer) a.get("L" + l);
      }
      row[0] = lead / 7;
      for (int j = 1; j < DRIVERS.size(); j++) {
        String id = DRIVERS.get(j);
        int answer = (Integer) a.get(id);
        row[j] = id.equals("N4") ? 6 - answer : answer;
      }
      row[DRIVERS.size()] = (Integer) a.get("K1");
      rows.add(row);
    }
    return rows.toArray(new double[0][]);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldGiveEachDriversImportanceAsJohnsonsOwnRouteComputesIt() {
    Api.Answer answer = hr.get("/api/rounds/" + round + "/drivers?unit=" + CARE + "&outcome=K1");

    assertThat(answer.status()).isEqualTo(200);
    Map<String, Object> body = hr.parse(answer.body());
    double[][] rows = completeCases();
    JohnsonBySvd expected = JohnsonBySvd.of(rows);
    assertThat(body)
        .containsEntry("suppressed", false)
        .containsEntry("outcome", "K1")
        .containsEntry("method", "johnson_relative_weights")
        .containsEntry("minimum", 30)
        .containsEntry("n", 60);
    assertThat((Double) body.get("rSquared")).isCloseTo(expected.rSquared, within(1e-9));
    List<Map<String, Object>> drivers = (List<Map<String, Object>>) body.get("drivers");
    assertThat(drivers).extracting(d -> d.get("id")).containsExactlyInAnyOrderElementsOf(DRIVERS);
    int previousRank = 0;
    for (Map<String, Object> d : drivers) {
      int j = DRIVERS.indexOf((String) d.get("id"));
      double mean = 0;
      for (double[] row : rows) {
        mean += row[j] / rows.length;
      }
      assertThat((Double) d.get("importance")).isCloseTo(expected.weights[j], within(1e-9));
      assertThat((Double) d.get("share"))
          .isCloseTo(expected.weights[j] / expected.rSquared, within(1e-9));
      assertThat((Double) d.get("correlation")).isCloseTo(expected.correlations[j], within(1e-9));
      assertThat((Double) d.get("score")).isCloseTo(mean, within(1e-9));
      assertThat((Double) d.get("score100")).isCloseTo((mean - 1) * 25, within(1e-9));
      List<Double> ci = (List<Double>) d.get("importanceCi95");
      assertThat(ci.get(0)).isLessThanOrEqualTo(ci.get(1));
      List<Integer> ranks = (List<Integer>) d.get("rankCi95");
      assertThat(ranks.get(0)).isBetween(1, DRIVERS.size());
      assertThat(ranks.get(1)).isBetween(ranks.get(0), DRIVERS.size());
      assertThat((Integer) d.get("rank")).isGreaterThanOrEqualTo(previousRank);
      previousRank = (Integer) d.get("rank");
    }
    assertThat((Map<String, Object>) body.get("bootstrap")).containsEntry("resamples", 1000);
    // Seeded: the same question gets the same intervals.
    assertThat(hr.get("/api/rounds/" + round + "/drivers?unit=" + CARE + "&outcome=K1").body())
        .isEqualTo(answer.body());
  }

  @Test
  void shouldSayTheGroupIsTooSmallForDriversWithoutAnyFigure() {
    Map<String, Object> body =
        hr.json("/api/rounds/" + round + "/drivers?unit=" + SMALL + "&outcome=N6");

    assertThat(body)
        .containsEntry("suppressed", true)
        .containsEntry("reason", "too_few_for_drivers")
        .containsEntry("minimum", 30)
        .doesNotContainKeys("n", "rSquared", "drivers", "bootstrap");
  }

  @Test
  void shouldAnalyseTheWholeMunicipalityWithoutAUnit() {
    Map<String, Object> body = hr.json("/api/rounds/" + round + "/drivers?outcome=N6");

    assertThat(body).containsEntry("suppressed", false).containsEntry("n", 80);
  }

  @Test
  void shouldSayWhenTheOutcomeDoesNotVary() {
    // Everyone answered H1 below 100 and H2 = 100: every one of them wants a larger position.
    Map<String, Object> body =
        hr.json("/api/rounds/" + round + "/drivers?unit=" + CARE + "&outcome=wants_larger");

    assertThat(body)
        .containsEntry("suppressed", true)
        .containsEntry("reason", "not_estimable")
        .doesNotContainKeys("n", "drivers");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldNameABadOutcomeAndRefuseOtherMunicipalities() {
    Api.Answer bad = hr.get("/api/rounds/" + round + "/drivers?outcome=happiness&unit=");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    assertThat((List<Map<String, Object>>) hr.parse(bad.body()).get("errors"))
        .extracting(e -> e.get("name"))
        .containsExactly("unit", "outcome");
    assertThat(
            anonymous
                .as(Tokens.hr("1824"))
                .get("/api/rounds/" + round + "/drivers?outcome=K1")
                .status())
        .isEqualTo(403);
    assertThat(hr.get("/api/rounds/" + round + "/drivers?outcome=K1&unit=nope").status())
        .isEqualTo(404);
  }
}
