package no.saman.analytics.statistics;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the stored answers of a round back as responses, a chunk at a time in response id order,
 * for recomputing statistics and for checks against them.
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
      List<ResponseRecord> chunk = chunk(roundId, after, size);
      if (chunk.isEmpty()) {
        return;
      }
      consumer.accept(chunk);
      after = chunk.get(chunk.size() - 1).responseId();
    }
  }

  private List<ResponseRecord> chunk(String roundId, String after, int size) {
    return jdbc.prepareStatement(
        """
        SELECT response_id, municipality, unit_path, submitted_on, language, background, answers
        FROM response_answers WHERE round_id = ? AND response_id > ?
        ORDER BY response_id LIMIT ?""",
        s -> {
          s.setString(1, roundId);
          s.setString(2, after);
          s.setInt(3, size);
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
