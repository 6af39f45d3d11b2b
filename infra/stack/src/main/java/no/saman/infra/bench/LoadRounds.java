package no.saman.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.saman.infra.demo.JsonHttp;
import no.saman.infra.demo.MunicipalityClock;

/**
 * What load against a running stack answers, set up through the survey API as HR would: a
 * municipality with one unit, a round of the four modules that {@link IntakeBench#body()} answers,
 * open today and tomorrow in the municipality's zone, and its one-time links. One home for the
 * intake bench and the tests that count every accepted response.
 */
public final class LoadRounds {

  /** The modules the bench's body answers completely. */
  public static final List<String> MODULES = List.of("HEILTID", "KOMPETANSE", "LEIING", "NÆRVÆR");

  // The most links one request issues here: larger numbers go in several requests.
  private static final int LINKS_PER_REQUEST = 2000;

  private LoadRounds() {}

  /** Registers (or updates) a municipality with one unit of the given headcount. */
  public static void municipality(
      JsonHttp admin, String code, String name, String unit, int headcount) {
    admin.ok(
        admin.put(
            "/api/municipalities/" + code,
            Map.of("name", name, "county", "Test", "language", "nn")),
        "municipality " + code);
    admin.ok(
        admin.put(
            "/api/municipalities/" + code + "/units/" + unit,
            Map.of("name", "Eining " + unit, "headcount", headcount, "type", "anna")),
        "unit " + unit + " of " + code);
  }

  /** Opens a round of {@link #MODULES} for the municipality, today and tomorrow; returns its id. */
  public static String open(JsonHttp admin, String municipality, String title, String wave) {
    LocalDate today = LocalDate.now(MunicipalityClock.fromEnvironment());
    return open(admin, municipality, title, wave, MODULES, today, today.plusDays(1));
  }

  /** Opens a round of these modules and days for the municipality; returns its id. */
  public static String open(
      JsonHttp admin,
      String municipality,
      String title,
      String wave,
      List<String> modules,
      LocalDate opens,
      LocalDate closes) {
    JsonNode round =
        admin.ok(
            admin.post(
                "/api/rounds",
                Map.of(
                    "municipality",
                    municipality,
                    "title",
                    title,
                    "wave",
                    wave,
                    "modules",
                    modules,
                    "opens",
                    opens.toString(),
                    "closes",
                    closes.toString())),
            "round of " + municipality);
    return round.get("id").asText();
  }

  /** Issues {@code count} links to the round's unit; returns their tokens. */
  public static List<String> links(JsonHttp admin, String round, String unit, int count) {
    List<String> tokens = new ArrayList<>(count);
    while (tokens.size() < count) {
      int batch = Math.min(LINKS_PER_REQUEST, count - tokens.size());
      admin
          .ok(
              admin.post(
                  "/api/rounds/" + round + "/invitations", Map.of("unit", unit, "count", batch)),
              "links of " + round)
          .get("tokens")
          .forEach(t -> tokens.add(t.asText()));
    }
    return tokens;
  }

  /** The responses analytics counts in the round, or -1 while it has none. */
  public static int counted(JsonHttp analytics, String round) {
    JsonHttp.Reply reply = analytics.get("/api/rounds/" + round + "/results");
    return reply.status() == 200 ? reply.json().path("responses").asInt() : -1;
  }
}
