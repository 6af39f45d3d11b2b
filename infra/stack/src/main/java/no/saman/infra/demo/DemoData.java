package no.saman.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo through survey-service's public API: Fræna (1548) with Institusjonstenesta and
 * Heimebaserte tenester, a HEILTID round, one-time links, and responses drawn so that the figures
 * are the published ones (Institusjonstenesta 58.51 %, Fræna 71.05 %, 42 % want a larger position).
 */
public final class DemoData {

  public static final String MUNICIPALITY = "1548";
  public static final String SECTOR = "1548-PLO";
  public static final String INSTITUTIONS = "1548-PLO-INST";
  public static final String HOME_SERVICES = "1548-PLO-HEIM";

  /** Published: Institusjonstenesta 58.51 % on average; 57 of 90 answered; 24 (42 %) want more. */
  static final int INSTITUTIONS_N = 57;

  static final int INSTITUTIONS_SUM_H1 = 3335;
  static final int INSTITUTIONS_WANTING = 24;

  /** Chosen so that Fræna as a whole has 71.05 % (8455 / 119) and 50 of 119 (42 %) want more. */
  static final int HOME_SERVICES_N = 62;

  static final int HOME_SERVICES_SUM_H1 = 5120;
  static final int HOME_SERVICES_WANTING = 26;

  /** The demo's HR adviser of Fræna, for signing in by hand. */
  public static final String HR_USERNAME = "hr.fraena";

  public static final String HR_PASSWORD = "fraena-demo-password";

  private final JsonHttp anonymous;
  private final JsonHttp survey;
  private final String accessToken;

  /** Signs in to survey-service as the administrator who loads the demo. */
  public DemoData(URI surveyUrl, String adminUsername, String adminPassword) {
    this.anonymous = new JsonHttp(surveyUrl);
    this.accessToken = anonymous.login(adminUsername, adminPassword);
    this.survey = anonymous.withToken(accessToken);
  }

  /** What was loaded: the round and a few unused tokens for trying the respondent side by hand. */
  public record Loaded(String roundId, int responses, List<String> unusedTokens) {}

  /** The administrator's access token, accepted by both services. */
  public String accessToken() {
    return accessToken;
  }

  public Loaded load(ProgressLine progress) {
    organisation();
    survey.ok(
        survey.post(
            "/api/users",
            Map.of(
                "username", HR_USERNAME,
                "password", HR_PASSWORD,
                "role", "HR",
                "municipality", MUNICIPALITY)),
        "Creating the HR user of Fræna");
    LocalDate today = LocalDate.now();
    JsonNode round =
        survey.ok(
            survey.post(
                "/api/rounds",
                Map.of(
                    "municipality",
                    MUNICIPALITY,
                    "title",
                    "Heiltid og deltid i Fræna",
                    "wave",
                    "2013-autumn",
                    "modules",
                    List.of("HEILTID"),
                    "opens",
                    today.minusDays(7).toString(),
                    "closes",
                    today.plusDays(30).toString())),
            "Creating the round");
    String roundId = round.get("id").asText();
    List<String> unused = new ArrayList<>();
    int submitted =
        answer(
            roundId,
            INSTITUTIONS,
            90,
            DemoAnswers.draw(
                1548_01,
                DemoAnswers.INSTITUTION_SIZES,
                INSTITUTIONS_N,
                INSTITUTIONS_SUM_H1,
                INSTITUTIONS_WANTING),
            unused,
            progress,
            0);
    submitted +=
        answer(
            roundId,
            HOME_SERVICES,
            100,
            DemoAnswers.draw(
                1548_02,
                DemoAnswers.HOME_SERVICE_SIZES,
                HOME_SERVICES_N,
                HOME_SERVICES_SUM_H1,
                HOME_SERVICES_WANTING),
            unused,
            progress,
            submitted);
    return new Loaded(roundId, submitted, unused.subList(0, Math.min(3, unused.size())));
  }

  private void organisation() {
    survey.ok(
        survey.put(
            "/api/municipalities/" + MUNICIPALITY,
            Map.of("name", "Fræna", "county", "Møre og Romsdal", "language", "nn")),
        "Registering Fræna");
    unit(SECTOR, "Helse og omsorg", null, 0, "anna");
    unit(INSTITUTIONS, "Institusjonstenesta", SECTOR, 90, "sjukeheim");
    unit(HOME_SERVICES, "Heimebaserte tenester", SECTOR, 100, "heimeteneste");
  }

  private void unit(String code, String name, String parent, int headcount, String type) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("name", name);
    body.put("parent", parent);
    body.put("headcount", headcount);
    body.put("type", type);
    survey.ok(
        survey.put("/api/municipalities/" + MUNICIPALITY + "/units/" + code, body),
        "Registering " + name);
  }

  private int answer(
      String roundId,
      String unit,
      int invited,
      List<Map<String, Object>> bodies,
      List<String> unused,
      ProgressLine progress,
      int alreadySubmitted) {
    JsonNode issued =
        survey.ok(
            survey.post(
                "/api/rounds/" + roundId + "/invitations", Map.of("unit", unit, "count", invited)),
            "Issuing links for " + unit);
    List<String> tokens = new ArrayList<>();
    issued.get("tokens").forEach(t -> tokens.add(t.asText()));
    for (int i = 0; i < bodies.size(); i++) {
      survey.ok(
          survey.post("/api/survey/" + tokens.get(i) + "/response", bodies.get(i)), "Answering");
      progress.show(
          "Submitting demo responses", alreadySubmitted + i + 1, INSTITUTIONS_N + HOME_SERVICES_N);
    }
    unused.addAll(tokens.subList(bodies.size(), tokens.size()));
    return bodies.size();
  }
}
