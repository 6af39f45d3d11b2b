package no.saman.survey.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every survey-service endpoint against every role and scope. */
@MicronautTest(transactional = false)
class AccessIT extends SurveyServiceIT {

  private static final String PASSWORD = "a-long-enough-password";
  private String fraenaRound;
  private String vefsnRound;

  @BeforeAll
  void createUsersAndRounds() {
    connectApi();
    fraenaRound = openRound("1548", "1548-INST");
    api.put(
        "/api/municipalities/1824",
        Map.of("name", "Vefsn", "county", "Nordland", "language", "nb"));
    api.put(
        "/api/municipalities/1824/units/1824-A",
        Map.of("name", "Sjukeheimen", "headcount", 40, "type", "sjukeheim"));
    vefsnRound = createRound("1824").map().get("id").toString();
    user("hr.fraena", "HR", "1548", null);
    user("leader.nordvest", "NETWORK_LEADER", null, "nordvest");
  }

  @Test
  void shouldSignInWithAJwtAndAnswerUnknownUserAndWrongPasswordAlike() {
    Api.Answer ok =
        respondent.post("/api/login", Map.of("username", "hr.fraena", "password", PASSWORD));
    Api.Answer wrong =
        respondent.post(
            "/api/login", Map.of("username", "hr.fraena", "password", "wrong-password"));
    Api.Answer unknown =
        respondent.post("/api/login", Map.of("username", "nobody", "password", PASSWORD));

    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.map()).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600);
    assertThat(ok.map().get("access_token").toString().split("\\.")).hasSize(3);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(wrong.body());
  }

  @Test
  void shouldRefuseTheCatalogueWithoutSignIn() {
    assertThat(respondent.get("/api/instruments").status()).isEqualTo(401);
    assertThat(api.get("/api/instruments").status()).isEqualTo(200);
  }

  @Test
  void shouldRefuseEveryStaffEndpointWithoutSignIn() {
    for (Function<Api, Api.Answer> call : staffCalls()) {
      Api.Answer answer = call.apply(respondent);
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.contentType()).startsWith("application/problem+json");
    }
  }

  @Test
  void shouldLetHrWorkOnlyWithItsOwnMunicipality() {
    Api hr = respondent.signedInAs("hr.fraena", PASSWORD);

    assertThat(hr.get("/api/rounds/" + fraenaRound + "/progress").status()).isEqualTo(200);
    assertThat(invite(hr, fraenaRound, "1548-INST").status()).isEqualTo(201);
    assertThat(hr.put("/api/municipalities/1548/units/1548-NEW", unit()).status()).isEqualTo(200);
    assertThat(hr.get(letters(fraenaRound, "1548-INST")).status()).isEqualTo(200);
    assertThat(hr.get(linkCsv(fraenaRound, "1548-INST")).status()).isEqualTo(200);
    assertThat(hr.put(schedule(fraenaRound), Map.of("halfway", true)).status()).isEqualTo(200);
    assertThat(hr.get(schedule(fraenaRound)).status()).isEqualTo(200);
    assertThat(emails(hr, fraenaRound, "1548-INST").status())
        .as("allowed, but no SMTP server is set up here")
        .isEqualTo(503);
    assertThat(hr.post(reminders(fraenaRound), Map.of()).status()).isEqualTo(503);
    assertThat(createRound(hr, "1548").status()).isEqualTo(201);

    assertThat(createRound(hr, "1824").status()).isEqualTo(403);
    assertThat(hr.get("/api/rounds/" + vefsnRound).status()).isEqualTo(403);
    assertThat(hr.get("/api/rounds/" + vefsnRound + "/progress").status()).isEqualTo(403);
    assertThat(invite(hr, vefsnRound, "1824-A").status()).isEqualTo(403);
    assertThat(hr.get(letters(vefsnRound, "1824-A")).status()).isEqualTo(403);
    assertThat(hr.get(linkCsv(vefsnRound, "1824-A")).status()).isEqualTo(403);
    assertThat(emails(hr, vefsnRound, "1824-A").status()).isEqualTo(403);
    assertThat(hr.post(reminders(vefsnRound), Map.of()).status()).isEqualTo(403);
    assertThat(hr.get(schedule(vefsnRound)).status()).isEqualTo(403);
    assertThat(hr.put(schedule(vefsnRound), Map.of("halfway", true)).status()).isEqualTo(403);
    assertThat(hr.post("/api/rounds/" + vefsnRound + "/close", Map.of()).status()).isEqualTo(403);
    assertThat(hr.put("/api/municipalities/1824/units/1824-B", unit()).status()).isEqualTo(403);
    assertThat(hr.put("/api/municipalities/1548", municipality()).status())
        .as("only admins register municipalities")
        .isEqualTo(403);
    assertThat(hr.post("/api/users", newUser("someone")).status()).isEqualTo(403);
    assertThat(hr.put("/api/instruments/HEILTID", Map.of("names", Map.of())).status())
        .as("only admins revise the catalogue")
        .isEqualTo(403);
  }

  @Test
  void shouldLetANetworkLeaderRunNoMunicipalitysSurvey() {
    Api leader = respondent.signedInAs("leader.nordvest", PASSWORD);

    for (Function<Api, Api.Answer> call : staffCalls()) {
      Api.Answer answer = call.apply(leader);
      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.contentType()).startsWith("application/problem+json");
    }
    assertThat(leader.get("/api/instruments").status()).isEqualTo(200);
  }

  @Test
  void shouldLetAnAdminCreateUsersAndNameBadFields() {
    assertThat(api.post("/api/users", newUser("hr.two")).status()).isEqualTo(201);
    assertThat(api.post("/api/users", newUser("hr.two")).status()).isEqualTo(409);

    Api.Answer bad =
        api.post(
            "/api/users",
            Map.of("username", "x y", "password", "short", "role", "HR", "municipality", "99"));

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("username").contains("password").contains("municipality");
  }

  private List<Function<Api, Api.Answer>> staffCalls() {
    return List.of(
        a -> a.put("/api/municipalities/1548", municipality()),
        a -> a.put("/api/municipalities/1548/units/1548-X", unit()),
        a -> createRound(a, "1548"),
        a -> a.get("/api/rounds/" + fraenaRound),
        a -> a.get("/api/rounds/" + fraenaRound + "/progress"),
        a -> invite(a, fraenaRound, "1548-INST"),
        a -> a.get(letters(fraenaRound, "1548-INST")),
        a -> a.get(linkCsv(fraenaRound, "1548-INST")),
        a -> emails(a, fraenaRound, "1548-INST"),
        a -> a.post(reminders(fraenaRound), Map.of()),
        a -> a.get(schedule(fraenaRound)),
        a -> a.put(schedule(fraenaRound), Map.of("halfway", true)),
        a -> a.post("/api/rounds/" + fraenaRound + "/close", Map.of()),
        a -> a.post("/api/users", newUser("u" + System.nanoTime())),
        a -> a.put("/api/instruments/HEILTID", Map.of("names", Map.of())),
        a ->
            a.put(
                "/api/networks/n1",
                Map.of("name", "N", "theme", "heiltid", "municipalities", List.of("1548"))));
  }

  private void user(String username, String role, String municipality, String network) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("username", username);
    body.put("password", PASSWORD);
    body.put("role", role);
    body.put("municipality", municipality);
    body.put("network", network);
    Api.Answer created = api.post("/api/users", body);
    if (created.status() != 201) {
      throw new IllegalStateException(created.body());
    }
  }

  private Api.Answer createRound(String municipality) {
    return createRound(api, municipality);
  }

  private static Api.Answer createRound(Api as, String municipality) {
    LocalDate today = LocalDate.now();
    return as.post(
        "/api/rounds",
        Map.of(
            "municipality",
            municipality,
            "title",
            "Heiltid",
            "wave",
            "2013-autumn",
            "modules",
            List.of("HEILTID"),
            "opens",
            today.toString(),
            "closes",
            today.plusDays(10).toString()));
  }

  private static Api.Answer invite(Api as, String round, String unit) {
    return as.post("/api/rounds/" + round + "/invitations", Map.of("unit", unit, "count", 1));
  }

  private static String letters(String round, String unit) {
    return "/api/rounds/" + round + "/letters?unit=" + unit + "&count=1";
  }

  private static String linkCsv(String round, String unit) {
    return "/api/rounds/" + round + "/invitations.csv?unit=" + unit + "&count=1";
  }

  private static Api.Answer emails(Api as, String round, String unit) {
    return as.post(
        "/api/rounds/" + round + "/invitations/email",
        Map.of("unit", unit, "addresses", List.of("someone@example.test")));
  }

  private static String reminders(String round) {
    return "/api/rounds/" + round + "/reminders";
  }

  private static String schedule(String round) {
    return "/api/rounds/" + round + "/reminder-schedule";
  }

  private static Map<String, Object> unit() {
    return Map.of("name", "Ny eining", "headcount", 5, "type", "anna");
  }

  private static Map<String, Object> municipality() {
    return Map.of("name", "Fræna", "county", "Møre og Romsdal", "language", "nn");
  }

  private static Map<String, Object> newUser(String username) {
    return Map.of("username", username, "password", PASSWORD, "role", "HR", "municipality", "1548");
  }
}
