package no.saman.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.infra.demo.JsonHttp;
import no.saman.infra.demo.MunicipalityClock;

/**
 * The response-intake benchmark (quality.md): against a running stack, submits 30-item responses
 * with one-time tokens from this separate process, and reports per run the accepted responses per
 * second, latency percentiles and how long analytics took to count the last of them; the summary
 * line gives the medians over the runs.
 */
public final class IntakeBench {

  private static final String USAGE =
      """
      usage: IntakeBench [--survey URL] [--analytics URL] [--responses N] [--runs N]
                         [--concurrency N] [--rate PER_SECOND] [--admin-password P]
      defaults: http://localhost:8081, http://localhost:8082, 2000, 3, 32, 0 (unpaced), local mode's""";

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    if (o.containsKey("help")) {
      System.out.println(USAGE);
      return;
    }
    URI survey = URI.create(o.getOrDefault("survey", "http://localhost:8081"));
    URI analytics = URI.create(o.getOrDefault("analytics", "http://localhost:8082"));
    int responses = Integer.parseInt(o.getOrDefault("responses", "2000"));
    int runs = Integer.parseInt(o.getOrDefault("runs", "3"));
    int concurrency = Integer.parseInt(o.getOrDefault("concurrency", "32"));
    int rate = Integer.parseInt(o.getOrDefault("rate", "0"));
    JsonHttp anonymous = new JsonHttp(survey);
    String token =
        anonymous.login("admin", o.getOrDefault("admin-password", "local-admin-password"));
    JsonHttp admin = anonymous.withToken(token);
    JsonHttp results = new JsonHttp(analytics).withToken(token);
    IntakeRun intake = new IntakeRun(survey, new ObjectMapper().writeValueAsString(body()));

    System.out.printf(
        "| run | responses | accepted/s | p50 ms | p95 ms | p99 ms | counted in analytics after last 201 |%n"
            + "|---|---|---|---|---|---|---|%n");
    double[] rates = new double[runs];
    double[] p99s = new double[runs];
    for (int run = 1; run <= runs; run++) {
      String round = setUpRound(admin, run);
      List<String> tokens = invite(admin, round, responses);
      IntakeRun.Result r = intake.run(tokens, concurrency, rate);
      long drain = drainMillis(results, round, r.accepted());
      rates[run - 1] = r.perSecond();
      p99s[run - 1] = r.latency().p99();
      System.out.printf(
          "| %d | %d (%d failed) | %.0f | %.1f | %.1f | %.1f | %d ms |%n",
          run,
          r.submitted(),
          r.failed(),
          r.perSecond(),
          r.latency().p50(),
          r.latency().p95(),
          r.latency().p99(),
          drain);
    }
    System.out.printf(
        "median over %d runs: %.0f accepted/s, p99 %.1f ms (concurrency %d, rate %s)%n",
        runs, median(rates), median(p99s), concurrency, rate == 0 ? "unpaced" : rate + "/s");
  }

  private static String setUpRound(JsonHttp admin, int run) {
    admin.ok(
        admin.put(
            "/api/municipalities/9990",
            Map.of("name", "Benchmark", "county", "Test", "language", "nb")),
        "bench municipality");
    admin.ok(
        admin.put(
            "/api/municipalities/9990/units/BENCH",
            Map.of("name", "Benchmark unit", "headcount", 1_000_000, "type", "anna")),
        "bench unit");
    LocalDate today = LocalDate.now(MunicipalityClock.fromEnvironment());
    JsonNode round =
        admin.ok(
            admin.post(
                "/api/rounds",
                Map.of(
                    "municipality",
                    "9990",
                    "title",
                    "Benchmark run " + run,
                    "wave",
                    "2099-bench-" + run,
                    "modules",
                    List.of("HEILTID", "KOMPETANSE", "LEIING", "NÆRVÆR"),
                    "opens",
                    today.toString(),
                    "closes",
                    today.plusDays(1).toString())),
            "bench round");
    return round.get("id").asText();
  }

  private static List<String> invite(JsonHttp admin, String round, int count) {
    List<String> tokens = new ArrayList<>(count);
    while (tokens.size() < count) {
      int batch = Math.min(2000, count - tokens.size());
      JsonNode issued =
          admin.ok(
              admin.post(
                  "/api/rounds/" + round + "/invitations", Map.of("unit", "BENCH", "count", batch)),
              "bench invitations");
      issued.get("tokens").forEach(t -> tokens.add(t.asText()));
    }
    return tokens;
  }

  private static long drainMillis(JsonHttp results, String round, int expected)
      throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      JsonHttp.Reply reply = results.get("/api/rounds/" + round + "/results");
      if (reply.status() == 200 && reply.json().path("responses").asInt() >= expected) {
        return (System.nanoTime() - start) / 1_000_000;
      }
      Thread.sleep(20);
    }
    return -1;
  }

  /** A complete answer to HEILTID, KOMPETANSE, LEIING and NÆRVÆR with background: 29 values. */
  static Map<String, Object> body() {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("H1", 60);
    answers.put("H2", 80);
    answers.put("H3", "yes");
    answers.put("H4", List.of("no_offer"));
    answers.put("H5", 2);
    answers.put("H6", "every_3rd");
    answers.put("H7", 4);
    for (String id :
        List.of(
            "K1", "K2", "K3", "K4", "K5", "K6", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "N2",
            "N3", "N4", "N5", "N6")) {
      answers.put(id, 1 + Math.floorMod(id.hashCode(), 5));
    }
    answers.put("N1", "1-3");
    return Map.of(
        "language",
        "nb",
        "background",
        Map.of("occupation", "nurse", "ageBand", "40-49", "tenureBand", "3-9"),
        "answers",
        answers);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> o = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("-h") || args[i].equals("--help")) {
        o.put("help", "");
      } else if (args[i].startsWith("--") && i + 1 < args.length) {
        o.put(args[i].substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
      }
    }
    return o;
  }
}
