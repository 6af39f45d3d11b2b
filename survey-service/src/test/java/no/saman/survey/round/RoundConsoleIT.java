package no.saman.survey.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.infra.testing.SharedKafka;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import no.saman.survey.support.TopicReader;
import org.junit.jupiter.api.Test;

/** The read and change endpoints the console uses for rounds, with their access rules. */
@MicronautTest(transactional = false)
class RoundConsoleIT extends SurveyServiceIT {

  private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));

  @Test
  @SuppressWarnings("unchecked")
  void shouldListAMunicipalitysRoundsWithTheirPhaseByToday() {
    String open = openRound("1840", "1840-A");
    Map<String, Object> draft = round("1840", "Neste år", today.plusDays(10), today.plusDays(40));
    Api hr = hr("1840", "hr.1840");

    Api.Answer list = hr.get("/api/rounds?municipality=1840");

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.map()).containsEntry("today", today.toString());
    List<Map<String, Object>> rounds = (List<Map<String, Object>>) list.map().get("rounds");
    assertThat(rounds)
        .extracting(r -> r.get("id") + ":" + r.get("phase"))
        .containsExactly(draft.get("id") + ":draft", open + ":open");
    hr.post("/api/rounds/" + open + "/close", Map.of());
    assertThat(hr.get("/api/rounds/" + open).map()).containsEntry("phase", "closed");
  }

  @Test
  void shouldExtendAnOpenRoundOnlyLaterThanTodayAndItsLastDayAndPublishIt() {
    String id = openRound("1841", "1841-A");
    Api hr = hr("1841", "hr.1841");
    String closes = today.plusDays(30).toString();

    assertThat(extend(hr, id, today.plusDays(20)).status()).isEqualTo(400);
    Api.Answer same = extend(hr, id, today.plusDays(30));
    assertThat(same.status()).isEqualTo(400);
    assertThat(same.body()).contains("closes", closes);
    Api.Answer later = extend(hr, id, today.plusDays(45));
    assertThat(later.status()).isEqualTo(200);
    assertThat(later.map()).containsEntry("closes", today.plusDays(45).toString());

    try (TopicReader reader = new TopicReader(SharedKafka.bootstrapServers(), "survey.rounds.v1")) {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  reader.poll(
                      r -> r.key().equals(id) && r.value().contains(today.plusDays(45).toString())),
              l -> l.size() == 1);
    }
    hr.post("/api/rounds/" + id + "/close", Map.of());
    assertThat(extend(hr, id, today.plusDays(60)).status()).isEqualTo(400);
  }

  @Test
  void shouldPublishEachRoundsPlaceInTheCreationOrderAndKeepItWhenTheRoundChanges() {
    String first = openRound("1845", "1845-A");
    String second = (String) round("1845", "Same wave", today, today.plusDays(20)).get("id");
    Api hr = hr("1845", "hr.1845");
    hr.post("/api/rounds/" + first + "/close", Map.of());

    try (TopicReader reader = new TopicReader(SharedKafka.bootstrapServers(), "survey.rounds.v1")) {
      List<Map<String, Object>> events =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () ->
                      reader.poll(r -> r.key().equals(first) || r.key().equals(second)).stream()
                          .map(r -> read(r.value()))
                          .toList(),
                  l -> l.size() == 3);
      long firstCreated = created(events, first, "open");
      assertThat(created(events, second, "open")).isGreaterThan(firstCreated);
      assertThat(created(events, first, "closed")).isEqualTo(firstCreated);
    }
  }

  @Test
  void shouldPreviewAModuleListAsTheRespondentWouldGetIt() {
    openRound("1842", "1842-A");
    Api hr = hr("1842", "hr.1842");

    Api.Answer preview =
        hr.post(
            "/api/instruments/preview",
            Map.of("municipality", "1842", "modules", List.of("HEILTID", "LEIING"), "lang", "nn"));

    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.map()).containsEntry("language", "nn").containsKey("background");
    assertThat(preview.body()).contains("\"id\":\"HEILTID\"", "\"id\":\"LEIING\"");
    Api.Answer unknown =
        hr.post(
            "/api/instruments/preview",
            Map.of("municipality", "1842", "modules", List.of("HEILTID", "NOPE")));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("modules[1]");
  }

  @Test
  void shouldKeepHrToItsOwnMunicipality() {
    String id = openRound("1843", "1843-A");
    openRound("1844", "1844-A");
    Api other = hr("1844", "hr.1844");

    assertThat(other.get("/api/rounds?municipality=1843").status()).isEqualTo(403);
    assertThat(extend(other, id, today.plusDays(50)).status()).isEqualTo(403);
    assertThat(
            other
                .post(
                    "/api/instruments/preview",
                    Map.of("municipality", "1843", "modules", List.of("HEILTID")))
                .status())
        .isEqualTo(403);
    assertThat(respondent.get("/api/rounds?municipality=1843").status()).isEqualTo(401);
    assertThat(other.get("/api/rounds").status()).isEqualTo(400);
  }

  private Map<String, Object> round(String m, String title, LocalDate opens, LocalDate closes) {
    Api.Answer created =
        api.post(
            "/api/rounds",
            Map.of(
                "municipality",
                m,
                "title",
                title,
                "wave",
                "2014-autumn",
                "modules",
                List.of("HEILTID"),
                "opens",
                opens.toString(),
                "closes",
                closes.toString()));
    assertThat(created.status()).isEqualTo(201);
    return created.map();
  }

  private Map<String, Object> read(String event) {
    try {
      return json.readValue(event, Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long created(List<Map<String, Object>> events, String id, String status) {
    return events.stream()
        .filter(e -> id.equals(e.get("roundId")) && status.equals(e.get("status")))
        .map(e -> ((Number) e.get("created")).longValue())
        .findFirst()
        .orElseThrow();
  }

  private static Api.Answer extend(Api who, String id, LocalDate closes) {
    return who.post("/api/rounds/" + id + "/extend", Map.of("closes", closes.toString()));
  }

  private Api hr(String municipality, String username) {
    Map<String, Object> user = new HashMap<>();
    user.put("username", username);
    user.put("password", "hr-password-123");
    user.put("role", "HR");
    user.put("municipality", municipality);
    assertThat(api.post("/api/users", user).status()).isEqualTo(201);
    return respondent.signedInAs(username, "hr-password-123");
  }
}
