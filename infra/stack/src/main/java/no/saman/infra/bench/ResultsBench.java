package no.saman.infra.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.infra.demo.DemoAnswers;
import no.saman.infra.demo.DemoOrganisation.Draw;
import no.saman.infra.demo.DemoOrganisation.Unit;
import no.saman.infra.demo.DemoResponses;
import no.saman.infra.demo.JsonHttp;
import no.saman.infra.demo.ProgressLine;

/**
 * The result-query benchmark (quality.md "a municipality of 200 units answers in < 50 ms p95"):
 * against a running stack, sets up one municipality with N units answering a round in a wave of its
 * own, waits until analytics has counted every response, then times the municipality's unit table,
 * the whole municipality and one unit, warm, from this separate process.
 */
public final class ResultsBench {

  private static final String USAGE =
      """
      usage: ResultsBench [--survey URL] [--analytics URL] [--units N] [--per-unit N]
                          [--requests N] [--warmup N] [--admin-password P]
      defaults: http://localhost:8081, http://localhost:8082, 200, 6, 30, 5, local mode's""";

  private static final String MUNICIPALITY = "9800";

  public static void main(String[] args) throws Exception {
    Map<String, String> o = IntakeBench.options(args);
    if (o.containsKey("help")) {
      System.out.println(USAGE);
      return;
    }
    int units = QueryBenchSetup.number(o, "units", 200);
    int perUnit = QueryBenchSetup.number(o, "per-unit", 6);
    int requests = QueryBenchSetup.number(o, "requests", 30);
    int warmup = QueryBenchSetup.number(o, "warmup", 5);
    QueryBenchSetup bench = QueryBenchSetup.from(o, "results");
    String wave = bench.wave();
    String round = setUp(bench, units, perUnit);
    awaitCounted(bench.results(), round, units * perUnit);
    URI analytics = bench.analytics();
    String token = bench.token();

    Map<String, String> queries = new LinkedHashMap<>();
    queries.put(
        "municipality with its unit table (" + units + " units)",
        "/api/municipalities/" + MUNICIPALITY + "/results?wave=" + wave);
    queries.put("the whole municipality", "/api/rounds/" + round + "/results");
    queries.put("one unit", "/api/rounds/" + round + "/results?unit=" + unit(units / 2));
    System.out.printf(
        "%n%d responses in %d units%n%s%n", units * perUnit, units, TimedRequests.header("query"));
    for (Map.Entry<String, String> query : queries.entrySet()) {
      System.out.println(
          TimedRequests.row(
              query.getKey(), analytics.resolve(query.getValue()), token, warmup, requests));
    }
  }

  private static String unit(int i) {
    return MUNICIPALITY + "-U" + i;
  }

  private static String setUp(QueryBenchSetup bench, int units, int perUnit) {
    JsonHttp admin = bench.admin();
    admin.ok(
        admin.put(
            "/api/municipalities/" + MUNICIPALITY,
            Map.of("name", "Storkommune", "county", "Test", "language", "nb")),
        "bench municipality");
    List<Unit> all = new ArrayList<>();
    for (int i = 0; i < units; i++) {
      Unit unit =
          new Unit(
              unit(i),
              "Eining " + (i + 1),
              null,
              perUnit * 2,
              i % 2 == 0 ? "sjukeheim" : "heimeteneste",
              null,
              new Draw(
                  9800L * 1000 + i,
                  DemoAnswers.INSTITUTION_SIZES,
                  perUnit,
                  perUnit * (55 + i % 30),
                  1 + i % 3,
                  (i % 5 - 2) * 0.2));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("name", unit.name());
      body.put("headcount", unit.headcount());
      body.put("type", unit.type());
      admin.ok(
          admin.put("/api/municipalities/" + MUNICIPALITY + "/units/" + unit.code(), body),
          "bench unit");
      all.add(unit);
    }
    String round = bench.openRound(MUNICIPALITY);
    DemoResponses responses =
        new DemoResponses(
            admin, new ProgressLine(System.out), units * perUnit, QueryBenchSetup.MODULES);
    for (Unit unit : all) {
      responses.answer(round, unit, unit.current(), new ArrayList<>());
    }
    return round;
  }

  private static void awaitCounted(JsonHttp analytics, String round, int expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
    while (analytics.get("/api/rounds/" + round + "/results").json().path("responses").asInt()
        < expected) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("analytics did not count round " + round + " in time");
      }
      Thread.sleep(500);
    }
  }
}
