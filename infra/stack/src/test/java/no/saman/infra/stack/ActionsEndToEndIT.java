package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.infra.demo.CountedInAnalytics;
import no.saman.infra.demo.DemoData;
import no.saman.infra.demo.DemoGoals;
import no.saman.infra.demo.DemoOrganisation;
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
 * From figures to action through the packaged jars with the demo loaded: Fræna's HR adviser reads
 * Institusjonstenesta's results, its drivers and the recruitment scenario, adds measures to the
 * unit's and the municipality's goals through the API and moves one on; the measure's before/after
 * are the results API's figures, and the network's leader finds the measure and its status on the
 * goal and in the network report, without being able to write one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionsEndToEndIT {

  private static final String WAVE = DemoOrganisation.WAVE;

  private PackagedServices services;
  private DemoData.Loaded loaded;
  private JsonHttp hr;
  private JsonHttp leader;

  @BeforeAll
  void startTheStackWithTheDemo() throws Exception {
    services = PackagedServices.start("actions-e2e");
    Clock clock = MunicipalityClock.fromEnvironment();
    DemoData demo =
        new DemoData(
            services.surveyUrl(),
            PackagedServices.ADMIN_USERNAME,
            PackagedServices.ADMIN_PASSWORD,
            clock);
    loaded = demo.load(new ProgressLine(System.out));
    JsonHttp admin = new JsonHttp(services.analyticsUrl()).withToken(demo.accessToken());
    CountedInAnalytics.await(admin, loaded, new ProgressLine(System.out), Duration.ofSeconds(180));
    DemoGoals.create(admin, clock);
    JsonHttp analytics = new JsonHttp(services.analyticsUrl());
    hr = analytics.withToken(analytics.login(DemoData.HR_USERNAME, DemoData.HR_PASSWORD));
    leader =
        analytics.withToken(
            analytics.login(DemoData.NETWORK_LEADER_USERNAME, DemoData.NETWORK_LEADER_PASSWORD));
  }

  @AfterAll
  void stopEverything() {
    if (services != null) {
      services.close();
    }
  }

  @Test
  void shouldGoFromTheResultsThroughDriversAndRecruitmentToAMeasureTheNetworkLeaderReads()
      throws Exception {
    String round = loaded.roundId();
    String unit = DemoData.INSTITUTIONS;
    JsonNode results =
        hr.ok(hr.get("/api/rounds/" + round + "/results?unit=" + unit), "Results of the unit");
    JsonNode position = indicator(results, "avg_position_size");
    assertThat(position.get("value").asDouble()).isCloseTo(58.51, within(0.005));
    JsonNode previous = position.get("previous");
    assertThat(previous.get("wave").asText()).isEqualTo(DemoOrganisation.EARLIER_WAVE);

    JsonNode drivers =
        hr.ok(
            hr.get("/api/rounds/" + round + "/drivers?unit=" + unit + "&outcome=K1"),
            "Drivers of competence use");
    assertThat(drivers.get("suppressed").asBoolean()).isFalse();
    assertThat(drivers.get("n").asInt()).isBetween(30, results.get("responses").asInt());
    double shares = 0;
    for (JsonNode d : drivers.get("drivers")) {
      shares += d.get("share").asDouble();
      assertThat(d.get("importanceCi95").get(0).asDouble())
          .isLessThanOrEqualTo(d.get("importance").asDouble());
    }
    assertThat(shares).as("relative weights share out R²").isCloseTo(1.0, within(1e-9));
    String leading = drivers.get("drivers").get(0).get("id").asText();

    JsonNode scenario =
        hr.ok(
            hr.get("/api/rounds/" + round + "/recruitment?unit=" + unit + "&need=5"),
            "Recruitment scenario");
    assertThat(scenario.get("suppressed").asBoolean()).isFalse();
    assertThat(scenario.get("coveredShare").asDouble())
        .isCloseTo(Math.min(5, scenario.get("hiddenFte").asDouble()) / 5, within(1e-12));
    assertThat(scenario.get("averageToCover").asDouble())
        .isCloseTo(
            (scenario.get("fteNow").asDouble() + 5) / scenario.get("headcount").asDouble() * 100,
            within(1e-9));

    JsonNode goals = hr.ok(hr.get("/api/goals?municipality=" + DemoData.MUNICIPALITY), "Goals");
    long unitGoal = goalId(goals, unit, "avg_position_size");
    long fraenaGoal = goalId(goals, null, "avg_position_size");
    String opened = roundOpens(round);
    JsonNode unitMeasure =
        hr.ok(
            hr.post(
                "/api/goals/" + unitGoal + "/measures",
                measure("Langvakter i helgane", "done", opened, leading)),
            "A measure of the unit's goal");
    JsonNode targeted =
        hr.ok(
            hr.post(
                "/api/goals/" + unitGoal + "/measures",
                measure("Ønskt stilling ved ledige vakter", "ongoing", opened, null)),
            "A measure of the goal's own indicator");
    JsonNode result = targeted.get("result");
    assertThat(result.get("before").get("wave").asText()).isEqualTo(DemoOrganisation.EARLIER_WAVE);
    assertThat(result.get("before").get("value").asDouble())
        .isEqualTo(previous.get("value").asDouble());
    assertThat(result.get("after").get("round").asText()).isEqualTo(round);
    assertThat(result.get("after").get("value").asDouble())
        .isEqualTo(position.get("value").asDouble());
    assertThat(result.get("change").asDouble()).isEqualTo(previous.get("change").asDouble());
    assertThat(result.get("ci95")).isEqualTo(previous.get("ci95"));
    assertThat(unitMeasure.get("target").asText()).isEqualTo(leading);

    String title = "Heiltidskultur: ønskt stillingsstorleik for alle deltidstilsette i turnus";
    JsonNode planned =
        hr.ok(
            hr.post(
                "/api/goals/" + fraenaGoal + "/measures", measure(title, "planned", opened, null)),
            "A measure of Fræna's goal");
    JsonNode moved =
        hr.ok(
            hr.put(
                "/api/goals/" + fraenaGoal + "/measures/" + planned.get("id").asLong(),
                measure(title, "delayed", opened, null)),
            "Moving the measure on");
    assertThat(moved.get("status").asText()).isEqualTo("delayed");

    JsonNode seen =
        leader.ok(
            leader.get("/api/goals?municipality=" + DemoData.MUNICIPALITY),
            "The network leader's view of Fræna's goals");
    JsonNode onGoal = measuresOf(seen, fraenaGoal);
    assertThat(onGoal).hasSize(1);
    assertThat(onGoal.get(0).get("title").asText()).isEqualTo(title);
    assertThat(onGoal.get(0).get("status").asText()).isEqualTo("delayed");
    for (JsonNode goal : seen) {
      assertThat(goal.has("unit")).as("a leader sees no unit's goal").isFalse();
    }
    assertThat(
            leader
                .post(
                    "/api/goals/" + fraenaGoal + "/measures",
                    measure("Frå leiaren", "planned", opened, null))
                .status())
        .isEqualTo(403);

    byte[] report =
        leader.getBytes(
            "/api/reports/network?network="
                + DemoData.NETWORK
                + "&wave="
                + WAVE
                + "&format=pdf&lang=nn");
    try (var document = Loader.loadPDF(report)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Tiltak per kommune", title, "Forseinka", "Fagforbundet (tillitsvalde)")
          .doesNotContain("Langvakter i helgane");
    }
    String unitReport =
        new String(
            hr.getBytes(
                "/api/reports/unit?round="
                    + round
                    + "&unit="
                    + unit
                    + "&format=csv&lang=nn&outcome=N6&need=5"),
            StandardCharsets.UTF_8);
    assertThat(unitReport).contains("Kva drivar å jobbe her om to år (N6)?");
  }

  private static Map<String, Object> measure(
      String title, String status, String starts, String target) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", title);
    m.put("owner", "Einingsleiar");
    m.put("starts", starts);
    m.put("status", status);
    if (target != null) {
      m.put("target", target);
    }
    m.put(
        "milestones",
        List.of(Map.of("title", "Avtale med tillitsvalde", "date", starts, "done", true)));
    m.put("partners", List.of(Map.of("role", "union", "name", "Fagforbundet")));
    return m;
  }

  /** The first day of the round: a measure started then is measured before by the earlier wave. */
  private String roundOpens(String round) {
    JsonNode rounds =
        hr.ok(hr.get("/api/rounds?municipality=" + DemoData.MUNICIPALITY), "Fræna's rounds");
    for (JsonNode r : rounds.get("rounds")) {
      if (r.get("id").asText().equals(round)) {
        return r.get("opens").asText();
      }
    }
    throw new AssertionError("No round " + round + " in " + rounds);
  }

  private static long goalId(JsonNode goals, String unit, String indicator) {
    List<String> seen = new ArrayList<>();
    for (JsonNode goal : goals) {
      String its = goal.has("unit") ? goal.get("unit").asText() : null;
      seen.add(its + "/" + goal.get("indicator").asText());
      if (java.util.Objects.equals(its, unit) && goal.get("indicator").asText().equals(indicator)) {
        return goal.get("id").asLong();
      }
    }
    throw new AssertionError("No goal " + unit + "/" + indicator + " among " + seen);
  }

  private static JsonNode measuresOf(JsonNode goals, long id) {
    for (JsonNode goal : goals) {
      if (goal.get("id").asLong() == id) {
        return goal.get("measures");
      }
    }
    throw new AssertionError("No goal " + id + " in " + goals);
  }

  private static JsonNode indicator(JsonNode group, String id) {
    for (JsonNode i : group.get("indicators")) {
      if (i.get("id").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("No indicator " + id + " in " + group);
  }
}
