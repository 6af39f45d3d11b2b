package no.saman.infra.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scale benchmark (issue 13, quality.md's targets): for each response count, a broker, a schema
 * and an analytics-service of its own; the responses written straight to Kafka, then consumption,
 * result and comparison queries, the export if the service has one, and a full rebuild by topic
 * replay are timed. Prints one Markdown table, with the load average beside every figure since the
 * machine may be shared.
 */
public final class ScaleBench {

  static final String USAGE =
      """
      usage: infra/bench/run-scale.sh [--responses 10000,100000,1000000] [--requests 30]
                                      [--warmup 5] [--heap 512m] [--kafka-port 19392]
                                      [--analytics-port 18382] [--schema-prefix saman_scale]
                                      [--data-dir infra/local/data/scale] [--jfr DIR]
                                      [--analytics-jvm "-agentpath:..."]
        --responses       the response counts to measure, each on a fresh broker and schema
        --requests        timed requests per query (after --warmup untimed ones)
        --heap            analytics-service's -Xmx (the Kubernetes pod has 1 GiB)
        --kafka-port, --analytics-port, --schema-prefix, --data-dir
                          this run's own broker, service and schemas (<prefix>_live, <prefix>_rebuilt),
                          dropped and recreated for each count: never point them at a stack in use
        --jfr DIR         record a JFR profile of consumption, queries and rebuild into DIR
        --analytics-jvm   more JVM options for analytics-service (a profiler agent, say),
                          split at spaces; applied to the consumption and the rebuild JVMs
      Needs the packaged analytics-service jar and the MySQL server of MYSQL_URL (as the stack);
      raises its InnoDB buffer pool to the deployment's 1 GiB for the run (SET GLOBAL, put back after).""";

  private ScaleBench() {}

  private static List<String> options(String line) {
    return line.isBlank() ? List.of() : List.of(line.trim().split("\\s+"));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = IntakeBench.options(args);
    if (o.containsKey("help")) {
      System.out.println(USAGE);
      return;
    }
    List<Integer> counts = new ArrayList<>();
    for (String count : o.getOrDefault("responses", "10000,100000,1000000").split(",")) {
      counts.add(Integer.parseInt(count.strip().replace("_", "")));
    }
    Path root =
        Path.of(System.getenv().getOrDefault("SAMAN_ROOT", ".")).toAbsolutePath().normalize();
    ScaleRun.Settings settings =
        new ScaleRun.Settings(
            root,
            root.resolve(o.getOrDefault("data-dir", "infra/local/data/scale")),
            QueryBenchSetup.number(o, "kafka-port", 19392),
            QueryBenchSetup.number(o, "analytics-port", 18382),
            o.getOrDefault("schema-prefix", "saman_scale"),
            o.getOrDefault("heap", "512m"),
            QueryBenchSetup.number(o, "requests", 30),
            QueryBenchSetup.number(o, "warmup", 5),
            o.containsKey("jfr") ? Path.of(o.get("jfr")).toAbsolutePath() : null,
            options(o.getOrDefault("analytics-jvm", "")));
    if (!settings.schemaPrefix().matches("[A-Za-z0-9_]{1,40}")) {
      throw new IllegalArgumentException("--schema-prefix: letters, digits and _ only");
    }
    for (int port : List.of(settings.kafkaPort(), settings.analyticsPort())) {
      try (var socket = new java.net.Socket()) {
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 300);
        throw new IllegalStateException(
            "Port " + port + " is in use: choose others with --kafka-port and --analytics-port");
      } catch (java.io.IOException free) {
        // Free, as it must be.
      }
    }
    // Ctrl-C (or a kill) must not leave this run's broker and services behind.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
    ScaleTree tree = new ScaleTree();
    System.out.printf(
        "Tree: %d municipalities, %d units (the largest %d), one network of all; load %s%n",
        ScaleTree.MUNICIPALITIES, tree.units(), tree.large().units(), ScaleRun.load());
    List<ScaleRun.Row> rows = new ArrayList<>();
    try (var pool = DatabaseBufferPool.atLeast(DatabaseBufferPool.DEPLOYED_BYTES)) {
      for (int count : counts) {
        System.out.printf("%n==> %,d responses%n", count);
        rows.add(new ScaleRun(settings, tree).measure(count));
        System.out.println(ScaleRun.Row.HEADER);
        rows.forEach(r -> System.out.println(r.markdown()));
      }
    }
    System.out.println();
    System.out.println(ScaleRun.Row.HEADER);
    rows.forEach(r -> System.out.println(r.markdown()));
    System.out.println(ScaleRun.Row.LEGEND);
  }
}
