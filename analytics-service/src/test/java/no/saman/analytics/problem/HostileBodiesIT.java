package no.saman.analytics.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
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
import java.util.concurrent.atomic.AtomicLong;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
import no.saman.infra.testing.hostile.CsvCorpus;
import no.saman.infra.testing.hostile.Field;
import no.saman.infra.testing.hostile.HostileCase;
import no.saman.infra.testing.hostile.HostileRun;
import no.saman.infra.testing.hostile.HostileText;
import no.saman.infra.testing.hostile.JsonCorpus;
import org.junit.jupiter.api.Test;

/**
 * Sends a seeded corpus of malformed and hostile requests to every write endpoint the router knows
 * (a new endpoint is covered as soon as it exists): each must get a 4xx problem+json that shows no
 * internal name, and no table may change. survey-service is not running: a sign-in passed on to it
 * would be a 503, so none of these may get that far.
 */
@MicronautTest(transactional = false)
class HostileBodiesIT extends IntegrationTest {

  private static final long SEED = 20261201L;

  /** Bodies per endpoint: with both services' ITs the corpus is over 10 000 requests. */
  private static final int CASES_PER_ENDPOINT = Integer.getInteger("hostile.cases", 700);

  private static final int MAX_REQUEST_BYTES = 2 * 1024 * 1024;
  private static final String CODE = "1563";
  private static final String UNIT = "1563-PLO";
  private static final Set<HttpMethod> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  @Inject Router router;
  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new LinkedHashMap<>(super.getProperties());
    properties.put("analytics.survey-url", "http://127.0.0.1:9");
    return properties;
  }

  @Test
  void shouldRefuseEveryHostileBodyWithAProblemAndStoreNothing() throws Exception {
    try (TestEvents events = new TestEvents(SharedKafka.bootstrapServers())) {
      events.sendMunicipality(CODE, "Sunndal", "Møre og Romsdal", "nn");
      events.sendUnit(CODE, UNIT, "Pleie og omsorg", null, 40, "sjukeheim");
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> organisationArrived(CODE, UNIT));
    awaitQuiet();
    // A goal for POST /api/goals/{id}/measures to be refused on, stored before the checksums.
    no.saman.analytics.support.Sql sql = new no.saman.analytics.support.Sql(database);
    sql.execute(
        "INSERT INTO goal (municipality, unit, indicator, baseline, baseline_wave, target,"
            + " deadline, created_on) VALUES ('"
            + CODE
            + "', NULL, 'avg_position_size', 50, '2012-baseline', 70, '2016-03-01',"
            + " '2026-12-01')");
    String goalId = String.valueOf(sql.number("SELECT MAX(id) FROM goal"));
    // And a measure of it for PUT /api/goals/{id}/measures/{measure}.
    sql.execute(
        "INSERT INTO goal_measure (goal_id, title, owner, target, starts, status, milestones,"
            + " partners) VALUES ("
            + goalId
            + ", 'Heiltid', 'HR', 'avg_position_size', '2013-01-01', 'ongoing', '[]', '[]')");
    String measureId = String.valueOf(sql.number("SELECT MAX(id) FROM goal_measure"));
    Map<String, Long> before = checksums();

    HostileRun run = new HostileRun();
    List<String> covered = new ArrayList<>();
    Random random = new Random(SEED);
    for (UriRouteInfo<?, ?> route : writeRoutes()) {
      String template = route.getUriMatchTemplate().toPathString();
      String key = route.getHttpMethodName() + " " + template;
      covered.add(key);
      // Path variables (the goal and measure of /api/goals/{id}/measures) get real values, never
      // hostile.
      List<String> query =
          route.getUriMatchTemplate().getVariableNames().stream()
              .filter(name -> !template.contains("{" + name + "}"))
              .toList();
      String filled = template.replace("{id}", goalId).replace("{measure}", measureId);
      for (HostileCase c : corpus(key, route)) {
        String hostile =
            !query.isEmpty() && random.nextInt(10) == 0 ? HostileText.any(random) : null;
        String path = filled + query(query, hostile, random);
        run.send(
            route.getHttpMethodName(),
            URI.create(server.getURI() + path),
            hostile == null ? c : carrying(c, hostile),
            "Authorization",
            "Bearer " + Tokens.admin());
      }
    }

    assertThat(covered)
        .contains(
            "POST /api/goals",
            "POST /api/goals/{id}/measures",
            "POST /api/register/sick-leave",
            "POST /api/login");
    assertThat(run.sent()).isGreaterThanOrEqualTo(Math.min(5_000, 5 * CASES_PER_ENDPOINT));
    assertThat(run.failures()).as("answers that broke a rule, of %d", run.sent()).isEmpty();
    assertThat(checksums()).as("every table").isEqualTo(before);
  }

  private List<HostileCase> corpus(String key, UriRouteInfo<?, ?> route) {
    long seed = SEED + key.hashCode();
    if (route.getConsumes().stream().anyMatch(t -> t.getSubtype().equals("csv"))) {
      return sickLeave(seed).cases(CASES_PER_ENDPOINT);
    }
    return switch (key) {
      case "POST /api/goals" ->
          new JsonCorpus(seed, goal(), goalFields(), MAX_REQUEST_BYTES).cases(CASES_PER_ENDPOINT);
      case "POST /api/login" ->
          new JsonCorpus(
                  seed,
                  Map.of("username", "hr.sunndal", "password", "sunndal-password"),
                  List.of(notBlank("username"), notBlank("password")),
                  MAX_REQUEST_BYTES)
              .cases(CASES_PER_ENDPOINT);
      default -> new JsonCorpus(seed, null, List.of(), MAX_REQUEST_BYTES).cases(CASES_PER_ENDPOINT);
    };
  }

  private static Map<String, Object> goal() {
    return Map.of(
        "municipality",
        CODE,
        "unit",
        UNIT,
        "indicator",
        "avg_position_size",
        "baseline",
        50.0,
        "baselineWave",
        "2012-baseline",
        "target",
        70.0,
        "deadline",
        "2016-03-01");
  }

  private static List<Field> goalFields() {
    return List.of(
        Field.pattern("municipality", CODE),
        Field.optionalPattern("unit", UNIT),
        Field.pattern("indicator", "avg_position_size"),
        Field.number("baseline"),
        Field.pattern("baselineWave", "[0-9]{4}-[a-z0-9-]+|[0-9]{4}Q[1-4]"),
        Field.number("target"),
        Field.date("deadline"));
  }

  private static CsvCorpus sickLeave(long seed) {
    List<String> days =
        List.of("-1", "abc", "NaN", "Infinity", "1e400", "", "1e10", "<b>", "' OR 1=1");
    List<String> counts = List.of("-1", "1.5", "abc", "99999999999999999999", "", "NaN");
    List<String> units = new ArrayList<>(HostileText.SAMPLES);
    List<String> periods = new ArrayList<>(HostileText.SAMPLES);
    periods.addAll(List.of("2013Q5", "2013", "Q2", "13Q2"));
    return new CsvCorpus(
        seed,
        "unit,period,agreed_days,lost_days_self_certified,lost_days_doctor_certified,"
            + "lost_days_short,lost_days_long,headcount_3y,long_term_healthy",
        List.of(UNIT, "2013Q2", "5000", "100", "300", "150", "250", "20", "8"),
        List.of(
            units,
            periods,
            List.of("0", "-1", "abc", "NaN", "1e400", ""),
            days,
            days,
            days,
            days,
            counts,
            counts));
  }

  private static Field notBlank(String name) {
    return Field.invalid(name, "", "   ", null, Map.of("a", 1), List.of("a", "b"));
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

  /** The query with known values (never partial=true), or one of them hostile. */
  private static String query(List<String> names, String hostile, Random random) {
    if (names.isEmpty()) {
      return "";
    }
    String target = hostile == null ? null : names.get(random.nextInt(names.size()));
    StringBuilder query = new StringBuilder();
    for (String name : names) {
      // The sample "true" is a real partial=true, which rightly stores a file's good lines.
      String value =
          name.equals(target)
              ? ("partial".equals(name) && "true".equals(hostile) ? "yes" : hostile)
              : "municipality".equals(name) ? CODE : null;
      if (value != null) {
        query.append(query.isEmpty() ? "?" : "&").append(name).append('=');
        query.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return query.toString();
  }

  private static HostileCase carrying(HostileCase c, String value) {
    List<String> carried = new ArrayList<>(c.carried());
    carried.add(value);
    return new HostileCase(
        c.label() + " with hostile query", c.contentType(), c.body(), value, carried);
  }

  /** Waits until the consumer has taken in every event of the shared topics. */
  private void awaitQuiet() {
    AtomicLong last = new AtomicLong(-1);
    await()
        .pollInterval(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              long now = count();
              return last.getAndSet(now) == now;
            });
  }

  private long count() throws SQLException {
    try (Connection c = database.connect();
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM processed_event")) {
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
      }
    }
    return sums;
  }
}
