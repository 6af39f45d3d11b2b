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
 * The report benchmark over HTTP (quality.md "reports … render only, and over HTTP"): against a
 * running stack, sets up a network of N municipalities with a round each in a wave of its own,
 * waits until analytics has counted them, then times the unit, municipality and network reports
 * from this separate process — warm-up requests first, then sequential timed requests — and prints
 * the median and p95 per report.
 */
public final class ReportBench {

  private static final String USAGE =
      """
      usage: ReportBench [--survey URL] [--analytics URL] [--municipalities N] [--requests N]
                         [--warmup N] [--format pdf|xlsx|csv] [--admin-password P]
      defaults: http://localhost:8081, http://localhost:8082, 10, 20, 5, pdf, local mode's""";

  private static final int RESPONSES_PER_MUNICIPALITY = 15;
  private static final String NETWORK = "bench-network";

  public static void main(String[] args) throws Exception {
    Map<String, String> o = IntakeBench.options(args);
    if (o.containsKey("help")) {
      System.out.println(USAGE);
      return;
    }
    int municipalities = QueryBenchSetup.number(o, "municipalities", 10);
    int requests = QueryBenchSetup.number(o, "requests", 20);
    int warmup = QueryBenchSetup.number(o, "warmup", 5);
    String format = o.getOrDefault("format", "pdf");
    QueryBenchSetup bench = QueryBenchSetup.from(o, "bench");
    String wave = bench.wave();
    List<String> rounds = setUp(bench, municipalities);
    awaitCounted(bench.results(), rounds);
    URI analytics = bench.analytics();
    String token = bench.token();

    Map<String, String> reports = new LinkedHashMap<>();
    reports.put(
        "unit report",
        "/api/reports/unit?round=" + rounds.get(0) + "&unit=" + unit(0) + "&format=" + format);
    reports.put(
        "municipality report",
        "/api/reports/municipality?municipality="
            + code(0)
            + "&wave="
            + wave
            + "&format="
            + format);
    reports.put(
        "network report, " + municipalities + " municipalities",
        "/api/reports/network?network=" + NETWORK + "&wave=" + wave + "&format=" + format);
    System.out.println();
    System.out.println(TimedRequests.header("report (" + format + ")"));
    for (Map.Entry<String, String> report : reports.entrySet()) {
      System.out.println(
          TimedRequests.row(
              report.getKey(), analytics.resolve(report.getValue()), token, warmup, requests));
    }
  }

  private static String code(int i) {
    return String.valueOf(9901 + i);
  }

  private static String unit(int i) {
    return code(i) + "-A";
  }

  /** One municipality with one unit and a round in {@code wave} each; returns the rounds. */
  private static List<String> setUp(QueryBenchSetup bench, int municipalities) {
    JsonHttp admin = bench.admin();
    ProgressLine progress = new ProgressLine(System.out);
    DemoResponses responses =
        new DemoResponses(
            admin, progress, municipalities * RESPONSES_PER_MUNICIPALITY, QueryBenchSetup.MODULES);
    List<String> codes = new ArrayList<>();
    List<String> rounds = new ArrayList<>();
    for (int i = 0; i < municipalities; i++) {
      String code = code(i);
      codes.add(code);
      admin.ok(
          admin.put(
              "/api/municipalities/" + code,
              Map.of("name", "Benchmarkkommune " + (i + 1), "county", "Test", "language", "nb")),
          "bench municipality");
      Unit unit =
          new Unit(
              unit(i),
              "Omsorgssenteret " + (i + 1),
              null,
              30,
              "sjukeheim",
              null,
              new Draw(
                  9901L + i,
                  DemoAnswers.INSTITUTION_SIZES,
                  RESPONSES_PER_MUNICIPALITY,
                  RESPONSES_PER_MUNICIPALITY * (60 + i),
                  4 + i % 4,
                  (i % 5 - 2) * 0.2));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("name", unit.name());
      body.put("headcount", unit.headcount());
      body.put("type", unit.type());
      admin.ok(
          admin.put("/api/municipalities/" + code + "/units/" + unit.code(), body), "bench unit");
      String round = bench.openRound(code);
      rounds.add(round);
      responses.answer(round, unit, unit.current(), new ArrayList<>());
    }
    admin.ok(
        admin.put(
            "/api/networks/" + NETWORK,
            Map.of("name", "Benchmark network", "theme", "benchmark", "municipalities", codes)),
        "bench network");
    return rounds;
  }

  private static void awaitCounted(JsonHttp analytics, List<String> rounds)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    for (String round : rounds) {
      while (analytics.get("/api/rounds/" + round + "/results").json().path("responses").asInt()
          < RESPONSES_PER_MUNICIPALITY) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("analytics did not count round " + round + " in time");
        }
        Thread.sleep(200);
      }
    }
  }
}
