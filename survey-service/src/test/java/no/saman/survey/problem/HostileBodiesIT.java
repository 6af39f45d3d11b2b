package no.saman.survey.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.saman.infra.testing.hostile.HostileCase;
import no.saman.infra.testing.hostile.HostileRun;
import no.saman.infra.testing.hostile.HostileText;
import no.saman.infra.testing.hostile.Json;
import no.saman.infra.testing.hostile.JsonCorpus;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.Test;

/**
 * Sends a seeded corpus of malformed and hostile requests to every write endpoint the router knows
 * (so that a new endpoint is covered as soon as it exists): each must get a 4xx problem+json that
 * shows no internal name, and the database must be exactly as it was.
 */
@MicronautTest(transactional = false)
class HostileBodiesIT extends SurveyServiceIT {

  private static final long SEED = 20261130L;

  /** Bodies per endpoint: with both services' ITs the corpus is over 10 000 requests. */
  private static final int CASES_PER_ENDPOINT = Integer.getInteger("hostile.cases", 250);

  private static final int MAX_REQUEST_BYTES = 1024 * 1024;
  private static final Set<HttpMethod> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  @Inject Router router;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new LinkedHashMap<>(super.getProperties());
    // Hostile link tokens in the path are unknown links: count them as 404, not as guessing.
    properties.put("survey.token-lookup.max-unknown-per-minute", "1000000");
    return properties;
  }

  @Test
  void shouldRefuseEveryHostileBodyWithAProblemAndStoreNothing() throws Exception {
    String roundId = openRound("1548", "U1");
    String token = invite(roundId, "U1", 1).get(0);
    api.put(
        "/api/networks/nordvest",
        Map.of("name", "Nordvest", "theme", "heiltid", "municipalities", List.of("1548")));
    Map<String, String> pathValues =
        Map.of("code", "1548", "unit", "U1", "token", token, "module", "HEILTID");
    awaitOutboxEmpty();
    Map<String, Long> before = checksums();

    HostileRun run = new HostileRun();
    Map<String, SurveyCorpus.Endpoint> known = SurveyCorpus.endpoints("U1");
    List<String> covered = new ArrayList<>();
    Random random = new Random(SEED);
    for (UriRouteInfo<?, ?> route : writeRoutes()) {
      String template = route.getUriMatchTemplate().toPathString();
      String key = route.getHttpMethodName() + " " + template;
      covered.add(key);
      SurveyCorpus.Endpoint endpoint = known.get(key);
      boolean body = route.getBodyArgument().isPresent();
      List<HostileCase> cases =
          new JsonCorpus(
                  SEED + key.hashCode(),
                  endpoint == null ? null : endpoint.valid(),
                  endpoint == null ? List.of() : endpoint.fields(),
                  MAX_REQUEST_BYTES)
              .cases(CASES_PER_ENDPOINT);
      for (HostileCase c : cases) {
        boolean hostilePath =
            !route.getUriMatchTemplate().getVariableNames().isEmpty()
                && (!body || random.nextInt(10) == 0);
        String hostile = hostilePath ? pathValue(random) : null;
        String path = path(template, roundId, pathValues, hostile, random);
        HostileCase sent = hostile == null ? c : withCarried(c, hostile);
        run.send(
            route.getHttpMethodName(),
            URI.create(server.getURI() + path),
            sent,
            "Authorization",
            "Bearer " + adminToken());
      }
    }

    assertThat(covered)
        .contains(
            "POST /api/rounds", "POST /api/survey/{token}/response", "POST /api/rounds/{id}/close");
    assertThat(run.sent()).isGreaterThanOrEqualTo(Math.min(5_000, 5 * CASES_PER_ENDPOINT));
    assertThat(run.failures()).as("answers that broke a rule, of %d", run.sent()).isEmpty();
    awaitOutboxEmpty();
    assertThat(checksums()).as("every table").isEqualTo(before);
  }

  private List<UriRouteInfo<?, ?>> writeRoutes() {
    return router
        .uriRoutes()
        .filter(r -> WRITES.contains(r.getHttpMethod()))
        .sorted(
            (a, b) ->
                a.getUriMatchTemplate().toString().compareTo(b.getUriMatchTemplate().toString()))
        .toList();
  }

  /** The route's path with real values, or one variable replaced by hostile text. */
  private static String path(
      String template, String roundId, Map<String, String> values, String hostile, Random random) {
    List<String> names = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}?]+)}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    String target = hostile == null ? null : names.get(random.nextInt(names.size()));
    String path = template;
    for (String name : names) {
      String value =
          "id".equals(name)
              ? (template.startsWith("/api/networks") ? "nordvest" : roundId)
              : values.getOrDefault(name, "x");
      if (name.equals(target)) {
        value = URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20");
      }
      path = path.replace("{" + name + "}", value);
    }
    return path;
  }

  /** Hostile text that no code, id or token of a path can be. */
  private static String pathValue(Random random) {
    while (true) {
      String s = HostileText.any(random);
      if (!s.matches("[A-Za-z0-9_-]*")) {
        return s.length() > 0 ? s : "%";
      }
    }
  }

  private static HostileCase withCarried(HostileCase c, String value) {
    List<String> carried = new ArrayList<>(c.carried());
    carried.add(value);
    return new HostileCase(
        c.label() + " at path " + JsonCorpusPreview.of(value),
        c.contentType(),
        c.body(),
        value,
        carried);
  }

  private String adminToken = null;

  private String adminToken() {
    if (adminToken == null) {
      adminToken =
          (String)
              respondent
                  .post(
                      "/api/login", Map.of("username", "admin", "password", "test-admin-password"))
                  .map()
                  .get("access_token");
    }
    return adminToken;
  }

  private void awaitOutboxEmpty() {
    await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM outbox") == 0);
  }

  private long count(String sql) throws SQLException {
    try (Connection c = database.connect();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Every table's checksum and row count: any change to any row shows. */
  private Map<String, Long> checksums() throws SQLException {
    Map<String, Long> sums = new LinkedHashMap<>();
    try (Connection c = database.connect()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                      + " ORDER BY table_name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rs = c.createStatement().executeQuery("CHECKSUM TABLE `" + table + "`")) {
          rs.next();
          sums.put(table + " checksum", rs.getLong(2));
        }
        try (ResultSet rs =
            c.createStatement().executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
          rs.next();
          sums.put(table + " rows", rs.getLong(1));
        }
      }
    }
    return sums;
  }

  /** A short form of a hostile value for failure messages. */
  private static final class JsonCorpusPreview {
    static String of(String value) {
      String json = Json.write(value);
      return json.length() <= 40 ? json : json.substring(0, 40) + "…";
    }
  }
}
