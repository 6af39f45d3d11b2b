package no.saman.analytics.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.ingest.Replay;
import no.saman.analytics.support.Instruments;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.Sql;
import no.saman.analytics.support.TestEvents;
import no.saman.infra.testing.SharedKafka;
import no.saman.infra.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest
class RebuildIT extends IntegrationTest {

  /** Three units, so that the rebuild's recount, in chunks of five, splits units across chunks. */
  private static final List<List<String>> UNITS =
      List.of(
          List.of("1219", "1219-SKULE"),
          List.of("1219", "1219-BHG"),
          List.of("1219", "1219-SKULE", "1219-SFO"));

  /** Each table this class's round leaves rows in, with its round column and a stable order. */
  private static final Map<String, String> ROUND_TABLES =
      Map.of(
          "unit_response_count", "SELECT unit, segment, unit_path, responses",
          "unit_measure_stats",
              "SELECT unit, segment, measure, n, ROUND(sum_x, 6), ROUND(sum_x2, 6)",
          "unit_item_histogram", "SELECT unit, segment, item, answer, responses",
          "unit_choice_count", "SELECT unit, segment, item, choice, responses",
          "response_answers", "SELECT response_id, unit, submitted_on, answers, background",
          "response_comment", "SELECT response_id, module, unit, text",
          "round_item", "SELECT item, module, type, min_value, max_value, reverse, choices",
          "round_index", "SELECT index_id, position, items, min_answered");

  private final String round = uniqueRound("1219-rebuild");
  private final TestDatabase rebuilt = TestDatabase.create("analytics_rebuilt");
  private TestEvents events;

  @BeforeAll
  void produceAndConsume() {
    events = new TestEvents(SharedKafka.bootstrapServers());
    events.sendMunicipality("1219", "Bømlo", "Hordaland", "nn");
    events.sendUnit("1219", "1219-SKULE", "Skulen", null, 40, "skole");
    events.sendUnit("1219", "1219-BHG", "Barnehagen", null, 30, "barnehage");
    events.sendUnit("1219", "1219-SFO", "SFO", "1219-SKULE", 20, "skole");
    events.sendNetwork("rebuild-test", "Sykefravær Nord-Vest", "sjukefråvær", List.of("1219"));
    events.sendRound(round, "1219", "Ombygging", "2013-autumn", "2013-09-01", Instruments.all());
    List<String> responses = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      responses.add(
          events.response(
              round,
              "2013-autumn",
              UNITS.get(i % UNITS.size()),
              Map.of("occupation", i % 2 == 0 ? "teacher" : "assistant"),
              Map.of(
                  "H1",
                  40 + i * 5,
                  "H2",
                  80,
                  "K1",
                  1 + i % 5,
                  "L1",
                  1 + i % 5,
                  "L2",
                  5 - i % 5,
                  "N4",
                  2,
                  "H4",
                  List.of("care")),
              i % 3 == 0 ? Map.of("HEILTID", "Kommentar " + i) : Map.of()));
    }
    events.sendAll("1219", responses);
    events.sendAll("1219", responses.subList(0, 3));
    events.send(TestEvents.RESPONSES, "1219", "{\"schema\": \"survey.response.v1\", " + round);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                new Sql(database)
                        .number("SELECT COUNT(*) FROM response_answers WHERE round_id = ?", round)
                    == 24);
  }

  @AfterAll
  void cleanUp() {
    events.close();
    rebuilt.close();
  }

  @Test
  void shouldRebuildTheSameStateFromTheTopicsWithAProgressDisplay() throws Exception {
    ByteArrayOutputStream output = new ByteArrayOutputStream();

    Replay.Result result =
        Rebuild.run(
            properties(rebuilt),
            null,
            new PrintStream(output, true, StandardCharsets.UTF_8),
            false);

    String progress = output.toString(StandardCharsets.UTF_8);
    assertThat(progress)
        .contains("survey.organisation.v1 + survey.rounds.v1:")
        .contains("survey.response.v1:")
        .contains("statistics:")
        .contains("events/s")
        .contains("Replayed");
    assertThat(result.rejected()).as("at least this class's poison event").isPositive();
    for (Map.Entry<String, String> table : ROUND_TABLES.entrySet()) {
      String sql =
          table.getValue() + " FROM " + table.getKey() + " WHERE round_id = ? ORDER BY 1, 2, 3, 4";
      assertThat(rows(rebuilt, sql)).as(table.getKey()).isEqualTo(rows(database, sql));
    }
    String members = "SELECT municipality FROM network_member WHERE network = 'rebuild-test'";
    assertThat(rows(rebuilt, members, null)).containsExactly("1219");
  }

  @Test
  void shouldRefuseToRebuildIntoASchemaThatHoldsData() {
    assertThatThrownBy(
            () ->
                Rebuild.run(
                    properties(database),
                    null,
                    new PrintStream(PrintStream.nullOutputStream()),
                    false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not fresh");
  }

  private Map<String, Object> properties(TestDatabase target) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("datasources.default.url", target.jdbcUrl());
    properties.put("datasources.default.username", TestDatabase.user());
    properties.put("datasources.default.password", TestDatabase.password());
    properties.put("analytics.kafka.bootstrap-servers", SharedKafka.bootstrapServers());
    properties.put("analytics.kafka.group-id", groupId + "-rebuild");
    properties.put("analytics.statistics.recompute-chunk", 5);
    return properties;
  }

  private List<String> rows(TestDatabase db, String sql) throws SQLException {
    return rows(db, sql, round);
  }

  private static List<String> rows(TestDatabase db, String sql, String parameter)
      throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      if (parameter != null) {
        s.setString(1, parameter);
      }
      try (ResultSet rs = s.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= columns; i++) {
            row.append(i > 1 ? "|" : "").append(rs.getString(i));
          }
          rows.add(row.toString());
        }
      }
    }
    return rows;
  }
}
