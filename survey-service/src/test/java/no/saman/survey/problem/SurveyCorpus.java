package no.saman.survey.problem;

import java.util.List;
import java.util.Map;
import no.saman.infra.testing.hostile.Field;

/**
 * A valid body and its fields for each write endpoint of survey-service that takes one; an endpoint
 * missing here still gets the hostile bodies that hold for any JSON endpoint.
 */
final class SurveyCorpus {

  private static final String CODE = "[0-9]{4}";
  private static final String UNIT = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

  record Endpoint(Map<String, Object> valid, List<Field> fields) {}

  private SurveyCorpus() {}

  static Map<String, Endpoint> endpoints(String unit) {
    return Map.of(
        "POST /api/login",
        new Endpoint(
            Map.of("username", "nobody.here", "password", "wrong-password-123"),
            List.of(notBlank("username"), notBlank("password"))),
        "POST /api/users",
        new Endpoint(
            Map.of(
                "username", "corpus.user",
                "password", "corpus-password-1234",
                "role", "HR",
                "municipality", "1548"),
            List.of(
                Field.pattern("username", "[A-Za-z0-9._@-]{1,100}"),
                Field.text("password", 200),
                Field.invalid("password", "short"),
                Field.pattern("role", "ADMIN|HR|NETWORK_LEADER"),
                Field.optionalPattern("municipality", CODE),
                Field.optionalText("network", 64))),
        "PUT /api/municipalities/{code}",
        new Endpoint(
            Map.of("name", "Korpus", "county", "Møre og Romsdal", "language", "nb"),
            List.of(
                Field.text("name", 200),
                Field.text("county", 100),
                Field.pattern("language", "nn|nb|neutral"))),
        "PUT /api/municipalities/{code}/units/{unit}",
        new Endpoint(
            Map.of("name", "Korpuseininga", "headcount", 12, "type", "heimeteneste"),
            List.of(
                Field.text("name", 200),
                Field.optionalText("parent", 64),
                Field.integer("headcount", 0, 1_000_000),
                Field.pattern("type", "[a-z_]{2,40}"))),
        "PUT /api/networks/{id}",
        new Endpoint(
            Map.of("name", "Korpusnettverk", "theme", "heiltid", "municipalities", List.of("1548")),
            List.of(
                Field.text("name", 200),
                Field.text("theme", 100),
                Field.optionalText("leader", 100),
                Field.patternList("municipalities", CODE, 400))),
        "PUT /api/instruments/{module}",
        new Endpoint(
            module(),
            List.of(
                Field.invalid("names", Map.of(), "Trivsel", List.of("nn"), 1),
                Field.invalid("items", List.of(), "T1", List.of("T1"), List.of(Map.of())))),
        "POST /api/rounds",
        new Endpoint(
            Map.of(
                "municipality", "1548",
                "title", "Korpusrunde",
                "wave", "2014-spring",
                "modules", List.of("HEILTID"),
                "opens", "2014-03-01",
                "closes", "2014-03-31"),
            List.of(
                Field.pattern("municipality", CODE),
                Field.text("title", 200),
                Field.pattern("wave", "[0-9]{4}-[a-z0-9-]{1,34}"),
                Field.patternList("modules", "[A-ZÆØÅ][A-ZÆØÅ0-9_]{1,39}", 10),
                Field.date("opens"),
                Field.date("closes"))),
        "POST /api/rounds/{id}/invitations",
        new Endpoint(
            Map.of("unit", unit, "count", 1),
            List.of(Field.pattern("unit", UNIT), Field.integer("count", 1, 2000))),
        "PUT /api/survey/{token}/draft",
        new Endpoint(Map.of("language", "nn", "answers", Map.of("H1", 50)), respondentFields(true)),
        "POST /api/survey/{token}/response",
        new Endpoint(
            Map.of(
                "language", "nn",
                "background", Map.of("occupation", "healthcare_worker"),
                "answers", Map.of("H1", 60, "H2", 80, "H7", 4)),
            respondentFields(false)));
  }

  /** A draft may leave out anything, but what it holds must fit the questionnaire. */
  private static List<Field> respondentFields(boolean draft) {
    return List.of(
        draft
            ? Field.optionalPattern("language", "nn|nb|en")
            : Field.pattern("language", "nn|nb|en"),
        Field.keyed("background"),
        Field.keyed("answers"),
        Field.keyed("comments"),
        Field.invalid("answers", Map.of("H1", 0), Map.of("H1", 101), Map.of("H1", "sixty")));
  }

  private static Field notBlank(String name) {
    return Field.invalid(name, "", "   ", null, Map.of("a", 1), List.of("a", "b"));
  }

  private static Map<String, Object> module() {
    return Map.of(
        "names",
        Map.of("nn", "Trivsel", "nb", "Trivsel", "en", "Well-being"),
        "items",
        List.of(
            Map.of(
                "id",
                "T1",
                "type",
                "scale",
                "scale",
                "A5",
                "min",
                1,
                "max",
                5,
                "texts",
                Map.of("nn", "Eg trivst.", "nb", "Jeg trives.", "en", "I enjoy it."))));
  }
}
