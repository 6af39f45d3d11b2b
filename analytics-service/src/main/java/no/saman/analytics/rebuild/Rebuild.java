package no.saman.analytics.rebuild;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.ingest.Replay;

/**
 * The rebuild command: replays the survey topics from offset 0 into a fresh schema with a progress
 * display, and optionally hands the replay's end offsets to a consumer group, so that a service
 * switched to the new schema with that group continues without a gap.
 *
 * <pre>
 * java -jar analytics-service.jar --rebuild [--schema=NAME] [--commit-group=GROUP]
 * </pre>
 */
public final class Rebuild {

  static final String USAGE =
      """
      Usage: java -jar analytics-service.jar --rebuild [--schema=NAME] [--commit-group=GROUP]

      Replays survey.organisation.v1, survey.rounds.v1 and survey.response.v1 from offset 0 into
      a fresh schema (created if missing; refused if it already holds data).

        --schema=NAME         target schema (default: $ANALYTICS_DB_SCHEMA + "_rebuild")
        --commit-group=GROUP  afterwards commit the replayed end offsets for this consumer group;
                              start the service with ANALYTICS_DB_SCHEMA=NAME and
                              ANALYTICS_GROUP_ID=GROUP to continue from there
        -h, --help            this text

      Database and Kafka settings come from the same environment variables as the service.""";

  private static final List<String> STATE_TABLES =
      List.of("response_answers", "municipality", "org_unit", "survey_round", "network");

  private Rebuild() {}

  /** The command line entry, reached through {@code Application --rebuild}. */
  public static void main(String[] args) throws InterruptedException {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help")) {
        System.out.println(USAGE);
        return;
      }
      if (arg.startsWith("--schema=")) {
        options.put("schema", arg.substring("--schema=".length()));
      } else if (arg.startsWith("--commit-group=")) {
        options.put("group", arg.substring("--commit-group=".length()));
      } else if (!arg.equals("--rebuild")) {
        System.err.println("Unknown argument: " + arg + "\n\n" + USAGE);
        System.exit(2);
      }
    }
    String schema =
        options.getOrDefault(
            "schema",
            System.getenv().getOrDefault("ANALYTICS_DB_SCHEMA", "saman_analytics") + "_rebuild");
    if (!schema.matches("[A-Za-z0-9_]{1,64}")) {
      System.err.println("The schema name may hold letters, digits and _ only: " + schema);
      System.exit(2);
    }
    Map<String, Object> properties = new HashMap<>();
    properties.put("analytics.db.schema", schema);
    System.err.println("Rebuilding into schema " + schema);
    try {
      run(properties, options.get("group"), System.err, System.console() != null);
    } catch (IllegalStateException e) {
      System.err.println("Rebuild failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Replays into the schema the properties point at.
   *
   * @param properties configuration on top of application.yml (the datasource, Kafka)
   * @param commitGroup a consumer group to hand the end offsets to, or null
   * @throws IllegalStateException when the schema already holds data
   */
  public static Replay.Result run(
      Map<String, Object> properties, String commitGroup, PrintStream out, boolean terminal)
      throws InterruptedException {
    Map<String, Object> all = new HashMap<>(properties);
    all.put("analytics.consumer.enabled", false);
    all.put("micronaut.security.enabled", false);
    try (ApplicationContext context = ApplicationContext.builder().properties(all).start()) {
      requireFresh(context);
      ProgressLine progress = new ProgressLine(out, terminal);
      Replay replay = context.getBean(Replay.class);
      Replay.Result result = replay.run(progress);
      progress.finish(result.events(), result.rejected());
      if (commitGroup != null) {
        replay.commitFor(commitGroup, result.endOffsets());
        out.println("Committed the end offsets for consumer group " + commitGroup);
      }
      return result;
    }
  }

  private static void requireFresh(ApplicationContext context) {
    JdbcOperations jdbc = context.getBean(JdbcOperations.class);
    TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
    for (String table : STATE_TABLES) {
      long rows =
          tx.executeRead(
              status ->
                  jdbc.prepareStatement(
                      "SELECT COUNT(*) FROM " + table,
                      s -> {
                        try (ResultSet rs = s.executeQuery()) {
                          rs.next();
                          return rs.getLong(1);
                        }
                      }));
      if (rows > 0) {
        throw new IllegalStateException(
            "the schema is not fresh: " + table + " has " + rows + " rows");
      }
    }
  }
}
