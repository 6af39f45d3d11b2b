package no.saman.survey.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A refused body is named in the client's terms: the JSON field and what it should hold, never the
 * Java types behind it; and a date may come as an ISO date-time, counted in the municipality's
 * zone.
 */
@MicronautTest(transactional = false)
class ProblemDetailsIT extends SurveyServiceIT {

  @BeforeEach
  void registerFraena() {
    api.put(
        "/api/municipalities/1548",
        Map.of("name", "Fræna", "county", "Møre og Romsdal", "language", "nn"));
  }

  @Test
  void shouldTakeADateTimeAsTheDateItIsInOslo() {
    Api.Answer answer =
        api.post("/api/rounds", round("opens", "2026-11-30T23:29:34Z", "closes", "2026-12-24"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(answer.map())
        .containsEntry("opens", "2026-12-01")
        .containsEntry("closes", "2026-12-24");
  }

  @Test
  void shouldNameADateFieldThatIsNoDateAndSayWhatItTakes() {
    Api.Answer answer = api.post("/api/rounds", round("opens", "30.11.2026"));

    assertProblem(answer, "opens", "must be a date such as 2026-11-30");
  }

  @Test
  void shouldNameTheFieldOfAFailedConstraintWithoutTheParameterName() {
    Api.Answer answer = api.post("/api/rounds", round("wave", "autumn"));

    assertProblem(answer, "wave", "must look like 2013-autumn");
    assertThat(answer.body()).doesNotContain("body.");
  }

  @Test
  void shouldNameFieldsOfTheWrongType() {
    assertProblem(api.post("/api/rounds", round("modules", Map.of("a", 1))), "modules", "an array");
    assertProblem(
        api.put(
            "/api/municipalities/1548/units/U1",
            Map.of("name", "Eining", "headcount", "many", "type", "sjukeheim")),
        "headcount",
        "must be a whole number");
    assertProblem(
        api.post(
            "/api/users",
            Map.of("username", "someone", "password", "long-enough-password", "role", "KING")),
        "role",
        "must be one of ADMIN, HR, NETWORK_LEADER");
  }

  /** The framework's readers coerced these into numbers, so a wrong-typed body was acted on. */
  @Test
  void shouldRefuseNumbersGivenAsTrueTextOrOneItemArrays() {
    for (Object notANumber : List.of(true, "3", List.of(3), 3.5, 1e12)) {
      assertProblem(
          api.put(
              "/api/municipalities/1548/units/U1",
              Map.of("name", "Eining", "headcount", notANumber, "type", "sjukeheim")),
          "headcount",
          "must be a whole number");
    }
    assertThat(api.get("/api/municipalities/1548/units").body()).doesNotContain("U1");
    assertThat(
            api.put(
                    "/api/municipalities/1548/units/U1",
                    Map.of("name", "Eining", "headcount", 3, "type", "sjukeheim"))
                .status())
        .isIn(200, 201);
  }

  @Test
  void shouldRefuseTextGivenAsANumberTrueOrAOneItemArray() {
    for (Object notText : List.of(12, true, List.of("Eining"))) {
      assertProblem(
          api.put(
              "/api/municipalities/1548/units/U2",
              Map.of("name", notText, "headcount", 3, "type", "sjukeheim")),
          "name",
          "must be a string");
    }
    assertThat(api.get("/api/municipalities/1548/units").body()).doesNotContain("U2");
  }

  @Test
  void shouldSayWhereJsonIsMalformed() {
    assertProblem(
        api.postRaw("/api/rounds", "{\"municipality\": \"1548\", \"title\": }"),
        "body",
        "is not well-formed JSON");
  }

  /** An overlong "/" (C0 AF) parses leniently as "/": the bytes, not the parser, decide. */
  @Test
  void shouldRefuseAValidBodyWhoseTextIsNotStrictUtf8AndStoreNothing() throws Exception {
    String text = json.writeValueAsString(round("title", "Overlong \u00C0\u00AF"));
    byte[] body = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Api.Answer answer = api.postBytes("/api/rounds", "application/json", body);
    assertProblem(
        answer, "body", "must be UTF-8 encoded JSON (byte " + text.indexOf('\u00C0') + " is not)");
    assertThat(api.get("/api/rounds?municipality=1548").body()).doesNotContain("Overlong");
  }

  private static void assertProblem(Api.Answer answer, String field, String message) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body())
        .doesNotContain("no.saman", "java.", "LocalDate", "$", "Exception", "Argument");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.map().get("errors");
    assertThat(errors)
        .anySatisfy(
            e -> {
              assertThat(e).containsEntry("field", field);
              assertThat((String) e.get("message")).contains(message);
            });
  }

  private static Map<String, Object> round(Object... overrides) {
    Map<String, Object> body = new HashMap<>();
    body.put("municipality", "1548");
    body.put("title", "Heiltid");
    body.put("wave", "2026-winter");
    body.put("modules", List.of("HEILTID"));
    body.put("opens", "2026-12-01");
    body.put("closes", "2026-12-24");
    for (int i = 0; i < overrides.length; i += 2) {
      body.put((String) overrides[i], overrides[i + 1]);
    }
    return body;
  }
}
