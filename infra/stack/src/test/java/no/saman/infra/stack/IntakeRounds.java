package no.saman.infra.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.infra.bench.IntakeBench;
import no.saman.infra.bench.LoadRounds;
import no.saman.infra.demo.JsonHttp;

/**
 * Open rounds of one wave in several municipalities (one unit each, all in one network) on a
 * packaged stack, with links to answer them: for the tests that count every accepted response.
 */
final class IntakeRounds {

  static final String UNIT = "EINING";
  static final String MODULES_BODY = bodyJson();

  private final String wave;
  private final String network;
  private final Map<String, String> roundOf = new LinkedHashMap<>();
  private final Map<String, Deque<String>> links = new LinkedHashMap<>();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private IntakeRounds(String wave, String network) {
    this.wave = wave;
    this.network = network;
  }

  /** Registers the municipalities, their network and a round each, with {@code links} links. */
  static IntakeRounds open(
      JsonHttp admin, String wave, String network, List<String> municipalities, int links) {
    IntakeRounds rounds = new IntakeRounds(wave, network);
    for (String code : municipalities) {
      LoadRounds.municipality(admin, code, "Kommune " + code, UNIT, 10_000);
    }
    admin.ok(
        admin.put(
            "/api/networks/" + network,
            Map.of(
                "name",
                "Nettverk " + network,
                "theme",
                "heiltid",
                "municipalities",
                municipalities)),
        "network");
    for (String code : municipalities) {
      String id = LoadRounds.open(admin, code, "Runde " + code, wave);
      rounds.roundOf.put(code, id);
      rounds.links.put(code, new ArrayDeque<>(LoadRounds.links(admin, id, UNIT, links)));
    }
    return rounds;
  }

  List<String> municipalities() {
    return List.copyOf(roundOf.keySet());
  }

  String round(String municipality) {
    return roundOf.get(municipality);
  }

  String wave() {
    return wave;
  }

  String network() {
    return network;
  }

  /** The next unused link of the municipality. */
  synchronized String nextLink(String municipality) {
    String link = links.get(municipality).poll();
    if (link == null) {
      throw new IllegalStateException("No links left for " + municipality);
    }
    return link;
  }

  /** Submits a complete response with the link; the status, or 0 if the connection failed. */
  static int submit(URI survey, String link) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(survey.resolve("/api/survey/" + link + "/response"))
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .POST(HttpRequest.BodyPublishers.ofString(MODULES_BODY))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** The responses analytics counts in the municipality's round, or -1 while it has none. */
  int counted(JsonHttp analytics, String municipality) {
    return LoadRounds.counted(analytics, round(municipality));
  }

  private static String bodyJson() {
    try {
      return new ObjectMapper().writeValueAsString(IntakeBench.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
