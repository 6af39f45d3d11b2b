package no.saman.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.infra.demo.DemoOrganisation.Municipality;
import no.saman.infra.demo.DemoOrganisation.Unit;

/**
 * Loads the demo through survey-service's public API: the network Heiltid Nordvest of four
 * municipalities (Fræna, Aukra, Molde, Eide), each with a closed 2012 round and an open 2013 round
 * of HEILTID, KOMPETANSE, LEIING and NÆRVÆR, one-time links and responses drawn so that Fræna's
 * figures are the published ones (Institusjonstenesta 58.51 %, Fræna 71.05 %, 42 % want a larger
 * position); an HR adviser of Fræna and the network's leader to sign in as.
 */
public final class DemoData {

  public static final String MUNICIPALITY = "1548";
  public static final String SECTOR = "1548-PLO";
  public static final String INSTITUTIONS = "1548-PLO-INST";
  public static final String HOME_SERVICES = "1548-PLO-HEIM";

  /** A unit of Aukra with 3 responses: below the threshold, shown as "for få svar". */
  public static final String SUPPRESSED_UNIT = "1547-PLO-BUF";

  public static final String NETWORK = "heiltid-nordvest";

  /** Published: Institusjonstenesta 58.51 % on average; 57 of 90 answered; 24 (42 %) want more. */
  static final int INSTITUTIONS_N = 57;

  static final int INSTITUTIONS_SUM_H1 = 3335;
  static final int INSTITUTIONS_WANTING = 24;

  /** Chosen so that Fræna as a whole has 71.05 % (8455 / 119) and 50 of 119 (42 %) want more. */
  static final int HOME_SERVICES_N = 62;

  static final int HOME_SERVICES_SUM_H1 = 5120;
  static final int HOME_SERVICES_WANTING = 26;

  static final List<String> MODULES = DemoAnswers.MODULES;

  /** The demo's HR adviser of Fræna, for signing in by hand. */
  public static final String HR_USERNAME = "hr.fraena";

  public static final String HR_PASSWORD = "fraena-demo-password";

  /** The leader of the network Heiltid Nordvest. */
  public static final String NETWORK_LEADER_USERNAME = "leiar.nordvest";

  public static final String NETWORK_LEADER_PASSWORD = "nordvest-demo-password";

  private final JsonHttp anonymous;
  private final JsonHttp survey;
  private final String accessToken;
  private final Clock clock;

  /**
   * Signs in to survey-service as the administrator who loads the demo; the rounds are dated by
   * {@code clock}, which must be in the zone survey-service judges answer windows in.
   */
  public DemoData(URI surveyUrl, String adminUsername, String adminPassword, Clock clock) {
    this.clock = clock;
    this.anonymous = new JsonHttp(surveyUrl);
    this.accessToken = anonymous.login(adminUsername, adminPassword);
    this.survey = anonymous.withToken(accessToken);
  }

  /**
   * What was loaded.
   *
   * @param roundId Fræna's open 2013 round, the one the printed examples use
   * @param rounds every round by municipality code and wave
   * @param responses how many responses were submitted in all
   * @param unusedTokens a few unused links of Institusjonstenesta for trying the respondent side
   */
  public record Loaded(
      String roundId,
      Map<String, Map<String, String>> rounds,
      int responses,
      List<String> unusedTokens) {

    /** How many responses Fræna's 2013 round has. */
    public int fraenaResponses() {
      return INSTITUTIONS_N + HOME_SERVICES_N;
    }
  }

  /** The administrator's access token, accepted by both services. */
  public String accessToken() {
    return accessToken;
  }

  public Loaded load(ProgressLine progress) {
    for (Municipality municipality : DemoOrganisation.ALL) {
      organisation(municipality);
    }
    survey.ok(
        survey.put(
            "/api/networks/" + NETWORK,
            Map.of(
                "name",
                "Heiltid Nordvest",
                "theme",
                "heiltid",
                "leader",
                NETWORK_LEADER_USERNAME,
                "municipalities",
                DemoOrganisation.ALL.stream().map(Municipality::code).toList())),
        "Registering the network");
    user(HR_USERNAME, HR_PASSWORD, Map.of("role", "HR", "municipality", MUNICIPALITY));
    user(
        NETWORK_LEADER_USERNAME,
        NETWORK_LEADER_PASSWORD,
        Map.of("role", "NETWORK_LEADER", "network", NETWORK));
    DemoResponses responses =
        new DemoResponses(survey, progress, DemoOrganisation.totalResponses(), MODULES);
    Map<String, Map<String, String>> rounds = new LinkedHashMap<>();
    List<String> unused = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    for (Municipality municipality : DemoOrganisation.ALL) {
      // The earlier round opened before the current one, so analytics sees it as the previous.
      String earlier =
          round(municipality, DemoOrganisation.EARLIER_WAVE, today.minusDays(60), today);
      for (Unit unit : municipality.units()) {
        if (unit.earlier() != null) {
          responses.answer(earlier, unit, unit.earlier(), new ArrayList<>());
        }
      }
      survey.ok(survey.post("/api/rounds/" + earlier + "/close", Map.of()), "Closing " + earlier);
      String current =
          round(municipality, DemoOrganisation.WAVE, today.minusDays(7), today.plusDays(30));
      for (Unit unit : municipality.units()) {
        if (unit.current() != null) {
          responses.answer(current, unit, unit.current(), unused);
        }
      }
      Map<String, String> waves = new LinkedHashMap<>();
      waves.put(DemoOrganisation.EARLIER_WAVE, earlier);
      waves.put(DemoOrganisation.WAVE, current);
      rounds.put(municipality.code(), waves);
    }
    return new Loaded(
        rounds.get(MUNICIPALITY).get(DemoOrganisation.WAVE),
        rounds,
        responses.submitted(),
        unused.subList(0, Math.min(3, unused.size())));
  }

  private void organisation(Municipality municipality) {
    survey.ok(
        survey.put(
            "/api/municipalities/" + municipality.code(),
            Map.of(
                "name",
                municipality.name(),
                "county",
                municipality.county(),
                "language",
                municipality.language())),
        "Registering " + municipality.name());
    // The unit tree goes in as HR would bring it: a file from the HR system, through the import.
    StringBuilder csv = new StringBuilder("Einingskode;Namn;Overordna;Tilsette;Tenestetype\n");
    for (Unit unit : municipality.units()) {
      csv.append(
          String.join(
              ";",
              unit.code(),
              unit.name(),
              unit.parent() == null ? "" : unit.parent(),
              String.valueOf(unit.headcount()),
              unit.type()));
      csv.append('\n');
    }
    survey.ok(
        survey.postCsv(
            "/api/municipalities/" + municipality.code() + "/units/import?dryRun=false",
            csv.toString()),
        "Importing the units of " + municipality.name());
  }

  private void user(String username, String password, Map<String, String> scope) {
    Map<String, Object> body = new LinkedHashMap<>(scope);
    body.put("username", username);
    body.put("password", password);
    survey.ok(survey.post("/api/users", body), "Creating the user " + username);
  }

  private String round(Municipality municipality, String wave, LocalDate opens, LocalDate closes) {
    JsonNode round =
        survey.ok(
            survey.post(
                "/api/rounds",
                Map.of(
                    "municipality",
                    municipality.code(),
                    "title",
                    ("nb".equals(municipality.language())
                            ? "Heltid og deltid i "
                            : "Heiltid og deltid i ")
                        + municipality.name(),
                    "wave",
                    wave,
                    "modules",
                    MODULES,
                    "opens",
                    opens.toString(),
                    "closes",
                    closes.toString())),
            "Creating the " + wave + " round of " + municipality.name());
    return round.get("id").asText();
  }
}
