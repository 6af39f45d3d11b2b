package no.saman.analytics.statistics;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the stored answers of a round back as responses, a chunk at a time, for recomputing
 * statistics, for the driver analysis and for checks against them.
 */
@Singleton
public class StoredResponses {

  private final JdbcOperations jdbc;
  private final ObjectMapper json;

  StoredResponses(JdbcOperations jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Hands every stored response of the round to the consumer, at most {@code size} at a time. */
  public void forEachChunk(String roundId, int size, Consumer<List<ResponseRecord>> consumer) {
    String after = "";
    while (true) {
      String from = after;
      List<ResponseRecord> chunk =
          query(
              roundId,
              """
              SELECT response_id, municipality, unit_path, submitted_on, language, background, answers
              FROM response_answers WHERE round_id = ? AND response_id > ?
              ORDER BY response_id LIMIT ?""",
              s -> {
                s.setString(2, from);
                s.setInt(3, size);
              });
      if (chunk.isEmpty()) {
        return;
      }
      consumer.accept(chunk);
      after = chunk.get(chunk.size() - 1).responseId();
    }
  }

  /**
   * Hands every stored response of the round to the consumer in unit order, at most {@code size} at
   * a time, so that consecutive chunks share at most one unit: summing a round chunk by chunk then
   * writes each unit's statistics about once, where response id order touches every unit in every
   * chunk. The keyset follows the (round_id, unit) index, whose entries end in the key.
   */
  public void forEachChunkByUnit(
      String roundId, int size, Consumer<List<ResponseRecord>> consumer) {
    String afterUnit = "";
    String afterId = "";
    while (true) {
      String unit = afterUnit;
      String id = afterId;
      List<ResponseRecord> chunk =
          query(
              roundId,
              """
              SELECT response_id, municipality, unit_path, submitted_on, language, background, answers
              FROM response_answers
              WHERE round_id = ? AND (unit > ? OR (unit = ? AND response_id > ?))
              ORDER BY unit, response_id LIMIT ?""",
              s -> {
                s.setString(2, unit);
                s.setString(3, unit);
                s.setString(4, id);
                s.setInt(5, size);
              });
      if (chunk.isEmpty()) {
        return;
      }
      consumer.accept(chunk);
      ResponseRecord last = chunk.get(chunk.size() - 1);
      afterUnit = last.unit();
      afterId = last.responseId();
    }
  }

  /** The rounds that have stored answers, in id order. */
  @ReadOnly
  public List<String> rounds() {
    return jdbc.prepareStatement(
        "SELECT DISTINCT round_id FROM response_answers ORDER BY round_id",
        s -> {
          List<String> rounds = new ArrayList<>();
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              rounds.add(rs.getString(1));
            }
          }
          return rounds;
        });
  }

  /** Binds a chunk query's parameters after the round, its first. */
  @FunctionalInterface
  private interface Parameters {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private List<ResponseRecord> query(String roundId, String sql, Parameters parameters) {
    return jdbc.prepareStatement(
        sql,
        s -> {
          s.setString(1, roundId);
          parameters.bind(s);
          List<ResponseRecord> records = new ArrayList<>();
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              records.add(
                  new ResponseRecord(
                      rs.getString(1),
                      roundId,
                      rs.getString(2),
                      read(rs.getString(3), Argument.listOf(String.class)),
                      rs.getDate(4).toLocalDate(),
                      rs.getString(5),
                      rs.getString(6) == null
                          ? Map.of()
                          : read(rs.getString(6), Argument.mapOf(String.class, String.class)),
                      read(rs.getString(7), Argument.mapOf(String.class, Object.class)),
                      Map.of()));
            }
          }
          return records;
        });
  }

  private <T> T read(String text, Argument<T> type) {
    try {
      return json.readValue(text, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
