package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.saman.infra.demo.DemoData;
import no.saman.infra.demo.DemoOrganisation;
import no.saman.infra.demo.MunicipalityClock;
import no.saman.infra.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The run command on a machine in another zone: the local stack (its broker, both services and the
 * demo) started as a process whose default zone is UTC+14 or UTC−11 loads the demo, sets its goals
 * and writes its reports, and every date it made is the municipality's date. Between them the two
 * zones differ from Oslo's date at every hour of the day.
 */
class ShiftedTimeZoneIT {

  private final Path root = Path.of(System.getProperty("saman.root", "../..")).toAbsolutePath();

  @ParameterizedTest(name = "TZ={0}")
  @ValueSource(strings = {"Pacific/Kiritimati", "Pacific/Pago_Pago"})
  void shouldLoadTheDemoOnTheMunicipalitysDatesWhateverTheMachinesZone(String zone)
      throws Exception {
    Path dir = root.resolve("infra/stack/target/tz-" + zone.replace('/', '-'));
    try (TestDatabase survey = TestDatabase.create("tz_survey");
        TestDatabase analytics = TestDatabase.create("tz_analytics")) {
      LocalDate before = LocalDate.now(MunicipalityClock.fromEnvironment());

      Process stack = start(zone, dir, survey.schema(), analytics.schema());
      boolean exited = stack.waitFor(8, TimeUnit.MINUTES);
      if (!exited) {
        stack.destroyForcibly().waitFor();
      }

      LocalDate after = LocalDate.now(MunicipalityClock.fromEnvironment());
      String log = tail(dir.resolve("stack.log"));
      assertThat(exited).as("the stack exited within 8 minutes:\n%s", log).isTrue();
      assertThat(stack.exitValue()).as("the stack's exit status:\n%s", log).isZero();
      assertThat(dir.resolve("reports/institusjonstenesta-2013-autumn.pdf")).isNotEmptyFile();
      LocalDate today = roundOpening(survey, DemoOrganisation.WAVE).plusDays(7);
      assertThat(today).as("the municipality's today when the demo ran").isIn(before, after);
      assertThat(roundOpening(survey, DemoOrganisation.EARLIER_WAVE))
          .isEqualTo(today.minusDays(60));
      assertThat(goalDates(analytics))
          .as("each goal created today, its deadline counted from today")
          .allSatisfy(
              dates -> {
                assertThat(dates.get(0)).isEqualTo(today);
                assertThat(dates.get(1)).isIn(today.plusYears(2), today.plusYears(3));
              });
    }
  }

  /** {@code LocalStack --exit-after-demo} in a JVM, and with children, of the given zone. */
  private Process start(String zone, Path dir, String surveySchema, String analyticsSchema)
      throws IOException {
    Files.createDirectories(dir);
    Map<String, String> env = new HashMap<>();
    env.put("TZ", zone);
    env.put("SAMAN_ROOT", root.toString());
    env.put("LOCAL_DATA_DIR", dir.toString());
    env.put("KAFKA_PORT", String.valueOf(freePort()));
    env.put("SURVEY_PORT", String.valueOf(freePort()));
    env.put("ANALYTICS_PORT", String.valueOf(freePort()));
    env.put("SURVEY_DB_SCHEMA", surveySchema);
    env.put("ANALYTICS_DB_SCHEMA", analyticsSchema);
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=" + zone,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                LocalStack.class.getName(),
                "--exit-after-demo")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("stack.log").toFile());
    builder.environment().putAll(env);
    return builder.start();
  }

  private static LocalDate roundOpening(TestDatabase survey, String wave) throws SQLException {
    return dates(
            survey,
            "SELECT opens FROM survey_round WHERE municipality = '"
                + DemoData.MUNICIPALITY
                + "' AND wave = '"
                + wave
                + "'")
        .get(0)
        .get(0);
  }

  private static List<List<LocalDate>> goalDates(TestDatabase analytics) throws SQLException {
    List<List<LocalDate>> goals = dates(analytics, "SELECT created_on, deadline FROM goal");
    assertThat(goals).hasSize(4);
    return goals;
  }

  private static List<List<LocalDate>> dates(TestDatabase db, String sql) throws SQLException {
    List<List<LocalDate>> rows = new java.util.ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<LocalDate> row = new java.util.ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getObject(i, LocalDate.class));
        }
        rows.add(row);
      }
    }
    assertThat(rows).as(sql).isNotEmpty();
    return rows;
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
