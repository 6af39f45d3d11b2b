package no.saman.survey.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.Test;

/**
 * Reads survey-service's schema as Flyway leaves it: no table that holds an e-mail address or a
 * token hash has a key, a time or an order that could tie it to a response, and a response row
 * carries its date and nothing that points back to an invitee.
 */
@MicronautTest(transactional = false)
class PrivacySchemaIT extends SurveyServiceIT {

  private static final Set<String> TIME_TYPES = Set.of("datetime", "timestamp", "time", "year");

  /** A column is a column of the schema: table, name, data type and extra (auto_increment …). */
  private record Column(String table, String name, String type, String extra, String dflt) {}

  @Test
  void shouldKeepAddressesAndTokenHashesWhereNothingJoinsThemToAResponse() throws Exception {
    List<Column> columns = columns();
    Set<String> identifying = new TreeSet<>();
    for (Column c : columns) {
      if (c.name().equals("token_hash")
          || c.name().contains("address")
          || c.name().contains("email")) {
        identifying.add(c.table());
      }
    }
    assertThat(identifying)
        .as("the tables this test guards")
        .containsExactlyInAnyOrder("invitation", "draft", "email_invitation");

    for (Column c : columns) {
      if (identifying.contains(c.table())) {
        assertThat(c.name()).as(c.table() + " column").doesNotContain("response");
        assertThat(TIME_TYPES)
            .as(c.table() + "." + c.name() + " is finer than a date")
            .doesNotContain(c.type());
        assertThat(c.extra())
            .as(c.table() + "." + c.name())
            .doesNotContainIgnoringCase("auto_increment");
        assertThat(String.valueOf(c.dflt()))
            .as(c.table() + "." + c.name())
            .doesNotContainIgnoringCase("current_timestamp");
      }
    }
    for (String[] reference : references()) {
      String from = reference[0];
      String to = reference[1];
      boolean joinsResponse =
          (from.equals("response") && identifying.contains(to))
              || (to.equals("response") && identifying.contains(from));
      assertThat(joinsResponse).as("foreign key " + from + " → " + to).isFalse();
    }
  }

  @Test
  void shouldKeepOnlyTheDateAndNothingOfTheInviteeInAResponseRow() throws Exception {
    List<String> responseColumns = new ArrayList<>();
    for (Column c : columns()) {
      if (c.table().equals("response")) {
        responseColumns.add(c.name());
        assertThat(TIME_TYPES).as("response." + c.name()).doesNotContain(c.type());
        assertThat(c.extra())
            .as("response." + c.name())
            .doesNotContainIgnoringCase("auto_increment");
      }
    }
    assertThat(responseColumns)
        .as("a new column of the response row needs a privacy review (domain.md §6)")
        .containsExactlyInAnyOrder(
            "id",
            "round_id",
            "unit_code",
            "submitted_on",
            "language",
            "background",
            "answers",
            "comments");
    assertThat(type("response", "submitted_on")).isEqualTo("date");
  }

  @Test
  void shouldGiveResponsesRandomIdsThatDoNotOrderLikeTheirLinks() throws Exception {
    String round = openRound("1548", "1548-INST");
    for (String token : invite(round, "1548-INST", 3)) {
      assertThat(
              respondent.post("/api/survey/" + token + "/response", validResponse(50, 60)).status())
          .isEqualTo(201);
    }

    List<String> ids = new ArrayList<>();
    try (Connection c = database.connect();
        PreparedStatement s = c.prepareStatement("SELECT id FROM response WHERE round_id = ?")) {
      s.setString(1, round);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    assertThat(ids).hasSize(3);
    assertThat(ids)
        .allSatisfy(id -> assertThat(UUID.fromString(id).version()).as("random UUID").isEqualTo(4));
  }

  private List<Column> columns() throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (Connection c = database.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, EXTRA, COLUMN_DEFAULT"
                    + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?"
                    + " AND TABLE_NAME <> 'flyway_schema_history'")) {
      s.setString(1, database.schema());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          columns.add(
              new Column(
                  rs.getString(1).toLowerCase(),
                  rs.getString(2).toLowerCase(),
                  rs.getString(3).toLowerCase(),
                  rs.getString(4) == null ? "" : rs.getString(4),
                  rs.getString(5)));
        }
      }
    }
    assertThat(columns).isNotEmpty();
    return columns;
  }

  private String type(String table, String column) throws SQLException {
    return columns().stream()
        .filter(c -> c.table().equals(table) && c.name().equals(column))
        .findFirst()
        .orElseThrow()
        .type();
  }

  /** Every foreign key as {from table, to table}. */
  private List<String[]> references() throws SQLException {
    List<String[]> references = new ArrayList<>();
    try (Connection c = database.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT TABLE_NAME, REFERENCED_TABLE_NAME FROM information_schema.KEY_COLUMN_USAGE"
                    + " WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL")) {
      s.setString(1, database.schema());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          references.add(
              new String[] {rs.getString(1).toLowerCase(), rs.getString(2).toLowerCase()});
        }
      }
    }
    assertThat(references).as("the schema's foreign keys are read").isNotEmpty();
    return references;
  }
}
