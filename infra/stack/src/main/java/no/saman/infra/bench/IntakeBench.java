package no.saman.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import no.saman.infra.demo.JsonHttp;

/**
 * The response-intake benchmark (quality.md, issue 12). Starts its own Kafka broker and, for each
 * run, survey-service and analytics-service from their jars on fresh schemas, then measures in that
 * one run: a bare JDBC loop writing the same rows (the baseline), API intake at full load and
 * paced, the respondent's whole path, freshness in analytics, CPU per process, RSS and start to
 * ready. Prints one Markdown table (a row per run and the medians) and a JSON summary line.
 */
public final class IntakeBench {

  private static final String USAGE =
      """
      usage: IntakeBench [--runs 3] [--seconds 60] [--warmup 10] [--paced-rate 1000]
                         [--paced-seconds 30] [--respondent-seconds 20] [--concurrency 16]
                         [--tokens-per-second 3500] [--kafka-port 19392] [--survey-port 18381]
                         [--analytics-port 18382] [--schema-prefix intake_bench]
                         [--survey-jvm "-XX:StartFlightRecording=..."] [--root .]""";

  private static final String[] COLUMNS = {
    "load avg",
    "bare JDBC/s",
    "intake/s",
    "÷ bare",
    "full p99 ms",
    "paced/s",
    "paced p50 ms",
    "paced p95 ms",
    "paced p99 ms",
    "respondents/s",
    "freshness p95 ms",
    "CPU ms/resp survey",
    "analytics",
    "kafka",
    "db",
    "bench",
    "RSS MB survey",
    "RSS MB analytics",
    "ready ms survey",
    "ready ms analytics"
  };

  private static final String[] KEYS = {
    "loadAvg",
    "bareJdbcPerSecond",
    "intakePerSecond",
    "ratioToBare",
    "fullP99Ms",
    "pacedPerSecond",
    "pacedP50Ms",
    "pacedP95Ms",
    "pacedP99Ms",
    "respondentsPerSecond",
    "freshnessP95Ms",
    "cpuMsPerResponseSurvey",
    "cpuMsPerResponseAnalytics",
    "cpuMsPerResponseKafka",
    "cpuMsPerResponseDb",
    "cpuMsPerResponseBench",
    "rssMbSurvey",
    "rssMbAnalytics",
    "readyMsSurvey",
    "readyMsAnalytics"
  };

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    if (o.containsKey("help")) {
      System.out.println(USAGE);
      return;
    }
    int runs = Integer.parseInt(o.getOrDefault("runs", "3"));
    double seconds = Double.parseDouble(o.getOrDefault("seconds", "60"));
    double warmup = Double.parseDouble(o.getOrDefault("warmup", "10"));
    int pacedRate = Integer.parseInt(o.getOrDefault("paced-rate", "1000"));
    double pacedSeconds = Double.parseDouble(o.getOrDefault("paced-seconds", "30"));
    double respondentSeconds = Double.parseDouble(o.getOrDefault("respondent-seconds", "20"));
    int concurrency = Integer.parseInt(o.getOrDefault("concurrency", "16"));
    int tokensPerSecond = Integer.parseInt(o.getOrDefault("tokens-per-second", "3500"));
    String prefix = o.getOrDefault("schema-prefix", "intake_bench");
    if (!prefix.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("--schema-prefix: letters, digits and _ only");
    }
    String jvm = o.getOrDefault("survey-jvm", "").trim();
    IntakeStack.Settings settings =
        new IntakeStack.Settings(
            Path.of(o.getOrDefault("root", ".")).toAbsolutePath().normalize(),
            Integer.parseInt(o.getOrDefault("kafka-port", "19392")),
            Integer.parseInt(o.getOrDefault("survey-port", "18381")),
            Integer.parseInt(o.getOrDefault("analytics-port", "18382")),
            prefix,
            jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+")));
    String body = new ObjectMapper().writeValueAsString(body());

    List<Map<String, Double>> rows = new ArrayList<>();
    try (IntakeStack stack = new IntakeStack(settings)) {
      for (int run = 1; run <= runs; run++) {
        Map<String, Double> row = new LinkedHashMap<>();
        row.put("loadAvg", loadAverage());
        try (IntakeStack.Services services = stack.start(run)) {
          row.put("readyMsSurvey", (double) services.surveyReadyMs());
          row.put("readyMsAnalytics", (double) services.analyticsReadyMs());
          measure(
              stack,
              services,
              settings,
              run,
              row,
              body,
              seconds,
              warmup,
              pacedRate,
              pacedSeconds,
              respondentSeconds,
              concurrency,
              tokensPerSecond);
        } finally {
          stack.dropSchemas(
              stack.surveySchema(run), prefix + "_analytics_" + run, prefix + "_bare");
        }
        rows.add(row);
        System.err.printf("run %d: %s%n", run, row);
      }
    }
    print(rows, concurrency, seconds, pacedRate);
  }

  private static void measure(
      IntakeStack stack,
      IntakeStack.Services services,
      IntakeStack.Settings settings,
      int run,
      Map<String, Double> row,
      String body,
      double seconds,
      double warmup,
      int pacedRate,
      double pacedSeconds,
      double respondentSeconds,
      int concurrency,
      int tokensPerSecond)
      throws Exception {
    JsonHttp anonymous = new JsonHttp(settings.surveyUrl());
    String token = anonymous.login("admin", IntakeStack.ADMIN_PASSWORD);
    JsonHttp admin = anonymous.withToken(token);
    JsonHttp results = new JsonHttp(settings.analyticsUrl()).withToken(token);
    IntakeRun intake = new IntakeRun(settings.surveyUrl(), body);

    progress(run, "bare JDBC loop");
    String fullRound = setUpRound(admin, "full");
    BareJdbcLoop bare =
        new BareJdbcLoop(stack.surveySchema(run), settings.schemaPrefix() + "_bare");
    row.put(
        "bareJdbcPerSecond", bare.run(concurrency, (int) warmup, (int) seconds, answersJson(body)));
    bare.drop();

    progress(run, "issuing links");
    Queue<String> full = invite(admin, fullRound, (int) ((seconds + warmup) * tokensPerSecond));
    String pacedRound = setUpRound(admin, "paced");
    Queue<String> paced = invite(admin, pacedRound, (int) (pacedRate * pacedSeconds));
    String respondentRound = setUpRound(admin, "respondent");
    Queue<String> respondents =
        invite(admin, respondentRound, (int) (respondentSeconds * tokensPerSecond / 2));

    progress(run, "full load");
    intake.closedLoop(full, concurrency, warmup, false);
    List<ProcessStats> processes = processes(stack, services);
    double[] cpuBefore = processes.stream().mapToDouble(ProcessStats::cpuMillis).toArray();
    IntakeRun.Result r = intake.closedLoop(full, concurrency, seconds, false);
    double[] cpuAfter = processes.stream().mapToDouble(ProcessStats::cpuMillis).toArray();
    if (full.isEmpty()) {
      System.err.println(
          "warning: the links ran out before the window ended; raise --tokens-per-second");
    }
    row.put("intakePerSecond", r.perSecond());
    row.put("ratioToBare", r.perSecond() / row.get("bareJdbcPerSecond"));
    row.put("fullP99Ms", r.latency().p99());
    String[] cpuKeys = {
      "cpuMsPerResponseSurvey",
      "cpuMsPerResponseAnalytics",
      "cpuMsPerResponseKafka",
      "cpuMsPerResponseDb",
      "cpuMsPerResponseBench"
    };
    for (int i = 0; i < processes.size(); i++) {
      row.put(cpuKeys[i], r.accepted() == 0 ? 0 : (cpuAfter[i] - cpuBefore[i]) / r.accepted());
    }

    progress(run, "paced " + pacedRate + "/s");
    IntakeRun.Result p;
    long[] delays;
    try (Freshness freshness = new Freshness(results, pacedRound)) {
      p = intake.paced(paced, pacedRate, pacedSeconds);
      delays = freshness.delays(p.acceptedAt(), 120_000);
    }
    row.put("pacedPerSecond", p.perSecond());
    row.put("pacedP50Ms", p.latency().p50());
    row.put("pacedP95Ms", p.latency().p95());
    row.put("pacedP99Ms", p.latency().p99());
    row.put("freshnessP95Ms", Freshness.p95Millis(delays));

    progress(run, "respondent path");
    IntakeRun.Result path = intake.closedLoop(respondents, concurrency, respondentSeconds, true);
    row.put("respondentsPerSecond", path.perSecond());
    row.put("rssMbSurvey", processes.get(0).peakRssMb());
    row.put("rssMbAnalytics", processes.get(1).peakRssMb());
  }

  /** survey-service, analytics-service, Kafka, the database server and this process. */
  private static List<ProcessStats> processes(IntakeStack stack, IntakeStack.Services services) {
    return List.of(
        new ProcessStats("survey", services.survey().pid()),
        new ProcessStats("analytics", services.analytics().pid()),
        new ProcessStats("kafka", stack.kafka().pid()),
        new ProcessStats("db", ProcessStats.databasePid().orElse(-1)),
        new ProcessStats("bench", ProcessHandle.current().pid()));
  }

  private static void print(
      List<Map<String, Double>> rows, int concurrency, double seconds, int pacedRate)
      throws Exception {
    Map<String, Double> medians = new LinkedHashMap<>();
    for (String key : KEYS) {
      medians.put(
          key, median(rows.stream().mapToDouble(r -> r.getOrDefault(key, Double.NaN)).toArray()));
    }
    StringBuilder table = new StringBuilder("| run | " + String.join(" | ", COLUMNS) + " |\n|---|");
    table.append("---|".repeat(COLUMNS.length)).append('\n');
    for (int i = 0; i < rows.size(); i++) {
      table.append(line(String.valueOf(i + 1), rows.get(i)));
    }
    table.append(line("median", medians));
    System.out.print(table);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("runs", rows.size());
    summary.put("concurrency", concurrency);
    summary.put("seconds", seconds);
    summary.put("pacedRate", pacedRate);
    summary.put("cores", Runtime.getRuntime().availableProcessors());
    summary.put("median", medians);
    summary.put("perRun", rows);
    System.out.println("INTAKE_SUMMARY " + new ObjectMapper().writeValueAsString(summary));
  }

  private static String line(String name, Map<String, Double> row) {
    StringBuilder b = new StringBuilder("| " + name + " |");
    for (String key : KEYS) {
      double v = row.getOrDefault(key, Double.NaN);
      String cell =
          key.equals("ratioToBare")
              ? String.format("%.0f %%", v * 100)
              : key.startsWith("cpu") || key.equals("loadAvg")
                  ? String.format("%.2f", v)
                  : String.format(v >= 100 ? "%.0f" : "%.1f", v);
      b.append(' ').append(cell).append(" |");
    }
    return b.append('\n').toString();
  }

  private static void progress(int run, String phase) {
    System.err.printf("run %d: %s (load average %.2f)%n", run, phase, loadAverage());
  }

  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (Exception e) {
      return Double.NaN;
    }
  }

  private static String setUpRound(JsonHttp admin, String name) {
    LoadRounds.municipality(admin, "9990", "Benchmark", "BENCH", 1_000_000);
    return LoadRounds.open(admin, "9990", "Benchmark " + name, "2099-bench-" + name);
  }

  private static Queue<String> invite(JsonHttp admin, String round, int count) {
    return new ConcurrentLinkedQueue<>(LoadRounds.links(admin, round, "BENCH", count));
  }

  /** The stored form of the answers, for the bare loop's rows. */
  private static String answersJson(String body) throws Exception {
    return new ObjectMapper().writeValueAsString(new ObjectMapper().readTree(body).get("answers"));
  }

  /** A complete answer to HEILTID, KOMPETANSE, LEIING and NÆRVÆR with background: 29 values. */
  public static Map<String, Object> body() {
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
    return n == 0
        ? Double.NaN
        : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
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
