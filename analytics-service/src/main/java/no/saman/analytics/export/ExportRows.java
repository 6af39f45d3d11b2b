package no.saman.analytics.export;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import no.saman.analytics.statistics.ResponseMeasures;

/**
 * The released rows of an export, one at a time, from a streaming result set: the rows are read in
 * the order of a hash of their response ids, so their order says nothing about unit, date or
 * arrival. Holds one connection in one read-only snapshot, shared with the counts the plan was made
 * from, until closed.
 */
final class ExportRows implements ReleasedRows {

  private static final Argument<Map<String, String>> BACKGROUND =
      Argument.mapOf(String.class, String.class);
  private static final Argument<Map<String, Object>> ANSWERS =
      Argument.mapOf(String.class, Object.class);
  private static final Argument<Object> ANSWER = Argument.OBJECT_ARGUMENT;

  private final Connection connection;
  private final ObjectMapper json;
  private final ExportLayout layout;
  private final List<String> roundIds;
  private final ToIntFunction<Row> rowOf;
  private final String[] municipalityOf;
  private final String[] codeOf;
  private final String[] nameOf;
  private ReleasePlan plan;
  private PreparedStatement statement;
  private ResultSet rows;

  /** A stored response as the plan sees it. */
  record Row(
      String municipality, String unit, List<String> background, Map<String, Object> answers) {}

  /**
   * @param rowOf the tree row of a response, -1 when it has none
   * @param codeOf the group code each tree row is released as
   */
  ExportRows(
      Connection connection,
      ObjectMapper json,
      ExportLayout layout,
      List<String> roundIds,
      ToIntFunction<Row> rowOf,
      String[] municipalityOf,
      String[] codeOf,
      String[] nameOf) {
    this.connection = connection;
    this.json = json;
    this.layout = layout;
    this.roundIds = List.copyOf(roundIds);
    this.rowOf = rowOf;
    this.municipalityOf = municipalityOf;
    this.codeOf = codeOf;
    this.nameOf = nameOf;
  }

  /**
   * First pass: how many responses of each tree row have each background. Of the answers it reads
   * only the current position size, which the database extracts, rather than parsing them all.
   */
  Map<Integer, Map<List<String>, Long>> count() throws SQLException {
    Map<Integer, Map<List<String>, Long>> counts = new HashMap<>();
    String position = "JSON_EXTRACT(answers, '$.\"" + ResponseMeasures.CURRENT_POSITION + "\"')";
    try (PreparedStatement s = stream(position, "")) {
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String extracted = rs.getString(4);
          Object answer = extracted == null ? null : parse(extracted, ANSWER);
          Row row =
              read(
                  rs,
                  answer == null ? Map.of() : Map.of(ResponseMeasures.CURRENT_POSITION, answer));
          int r = rowOf.applyAsInt(row);
          if (r >= 0) {
            counts.computeIfAbsent(r, x -> new HashMap<>()).merge(row.background(), 1L, Long::sum);
          }
        }
      }
    }
    return counts;
  }

  /** Second pass: from here on {@link #next()} hands out the released rows. */
  void release(ReleasePlan plan) throws SQLException {
    this.plan = plan;
    statement = stream("answers", " ORDER BY SHA2(response_id, 256)");
    rows = statement.executeQuery();
  }

  @Override
  public Object[] next() throws SQLException {
    while (rows.next()) {
      Row row = read(rows, parse(rows.getString(4), ANSWERS));
      int r = rowOf.applyAsInt(row);
      List<String> background = r < 0 ? null : plan.release(r, row.background());
      if (background == null) {
        continue;
      }
      int g = plan.group(r);
      return layout.row(
          municipalityOf[g], codeOf[g], nameOf[g], background, layout.measures(row.answers()));
    }
    return null;
  }

  /**
   * @param answers the fourth column: the answers, or what of them the pass needs
   */
  private PreparedStatement stream(String answers, String order) throws SQLException {
    String in = String.join(", ", Collections.nCopies(roundIds.size(), "?"));
    PreparedStatement s =
        connection.prepareStatement(
            "SELECT municipality, unit, background, "
                + answers
                + " FROM response_answers"
                + " WHERE round_id IN ("
                + in
                + ")"
                + order,
            ResultSet.TYPE_FORWARD_ONLY,
            ResultSet.CONCUR_READ_ONLY);
    // MySQL Connector/J streams row by row only with this fetch size.
    s.setFetchSize(Integer.MIN_VALUE);
    for (int i = 0; i < roundIds.size(); i++) {
      s.setString(i + 1, roundIds.get(i));
    }
    return s;
  }

  private Row read(ResultSet rs, Map<String, Object> answers) throws SQLException {
    Map<String, String> background =
        rs.getString(3) == null ? Map.of() : parse(rs.getString(3), BACKGROUND);
    return new Row(
        rs.getString(1),
        rs.getString(2),
        Background.of(background, layout.positionSize(answers)),
        answers);
  }

  private <T> T parse(String text, Argument<T> type) {
    try {
      return json.readValue(text, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try (Connection c = connection) {
      if (rows != null) {
        rows.close();
      }
      if (statement != null) {
        statement.close();
      }
      c.rollback();
    } catch (SQLException e) {
      throw new IllegalStateException("closing an export's connection failed", e);
    }
  }
}
