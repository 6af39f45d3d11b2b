package no.saman.analytics.statistics;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Adds responses to the statistics inside the caller's transaction: each batch is first summed in
 * memory, then written as one upsert per touched row, in key order so that concurrent consumers
 * lock rows in the same order.
 */
@Singleton
public class StatisticsWriter {

  private final JdbcOperations jdbc;
  private final ObjectMapper json;

  StatisticsWriter(JdbcOperations jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Records the event ids as processed and returns those not seen before, in their first order; an
   * id already recorded, or repeated in the list, is returned once at most.
   */
  public Set<String> markProcessed(List<String> eventIds) {
    return jdbc.prepareStatement(
        "INSERT IGNORE INTO processed_event (event_id) VALUES (?)",
        statement -> {
          for (String id : eventIds) {
            statement.setString(1, id);
            statement.addBatch();
          }
          int[] inserted = statement.executeBatch();
          Set<String> fresh = new LinkedHashSet<>();
          for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] > 0) {
              fresh.add(eventIds.get(i));
            }
          }
          return fresh;
        });
  }

  /** Stores the responses' answers and adds them to the statistics of their units. */
  public void add(Collection<ResponseRecord> responses) {
    if (responses.isEmpty()) {
      return;
    }
    insertAnswers(responses);
    BatchTotals totals = BatchTotals.of(responses);
    upsertCounts(totals);
    upsertMeasures(totals);
    upsertHistograms(totals);
  }

  private void insertAnswers(Collection<ResponseRecord> responses) {
    jdbc.prepareStatement(
        """
        INSERT INTO response_answers (response_id, round_id, municipality, unit, unit_path,
          submitted_on, language, background, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        statement -> {
          for (ResponseRecord r : responses) {
            statement.setString(1, r.responseId());
            statement.setString(2, r.roundId());
            statement.setString(3, r.municipality());
            statement.setString(4, r.unit());
            statement.setString(5, toJson(r.unitPath()));
            statement.setDate(6, Date.valueOf(r.submittedOn()));
            statement.setString(7, r.language());
            statement.setString(8, toJson(r.background()));
            statement.setString(9, toJson(r.answers()));
            statement.addBatch();
          }
          return statement.executeBatch();
        });
  }

  private void upsertCounts(BatchTotals totals) {
    jdbc.prepareStatement(
        """
        INSERT INTO unit_response_count (round_id, unit, municipality, unit_path, responses)
        VALUES (?, ?, ?, ?, ?)
        ON DUPLICATE KEY UPDATE responses = responses + ?, unit_path = ?""",
        statement -> {
          for (Map.Entry<UnitKey, BatchTotals.UnitTotal> e : totals.units().entrySet()) {
            String path = toJson(e.getValue().unitPath());
            statement.setString(1, e.getKey().roundId());
            statement.setString(2, e.getKey().unit());
            statement.setString(3, e.getValue().municipality());
            statement.setString(4, path);
            statement.setLong(5, e.getValue().responses());
            statement.setLong(6, e.getValue().responses());
            statement.setString(7, path);
            statement.addBatch();
          }
          return statement.executeBatch();
        });
  }

  private void upsertMeasures(BatchTotals totals) {
    jdbc.prepareStatement(
        """
        INSERT INTO unit_measure_stats (round_id, unit, measure, n, sum_x, sum_x2)
        VALUES (?, ?, ?, ?, ?, ?)
        ON DUPLICATE KEY UPDATE n = n + ?, sum_x = sum_x + ?, sum_x2 = sum_x2 + ?""",
        statement -> {
          for (var unit : totals.units().entrySet()) {
            for (var measure : new TreeMap<>(unit.getValue().measures()).entrySet()) {
              SufficientStats s = measure.getValue();
              statement.setString(1, unit.getKey().roundId());
              statement.setString(2, unit.getKey().unit());
              statement.setString(3, measure.getKey());
              statement.setLong(4, s.n());
              statement.setDouble(5, s.sum());
              statement.setDouble(6, s.sumOfSquares());
              statement.setLong(7, s.n());
              statement.setDouble(8, s.sum());
              statement.setDouble(9, s.sumOfSquares());
              statement.addBatch();
            }
          }
          return statement.executeBatch();
        });
  }

  private void upsertHistograms(BatchTotals totals) {
    jdbc.prepareStatement(
        """
        INSERT INTO unit_item_histogram (round_id, unit, item, answer, responses)
        VALUES (?, ?, ?, ?, ?)
        ON DUPLICATE KEY UPDATE responses = responses + ?""",
        statement -> {
          for (var unit : totals.units().entrySet()) {
            for (var item : new TreeMap<>(unit.getValue().histograms()).entrySet()) {
              for (var answer : new TreeMap<>(item.getValue()).entrySet()) {
                statement.setString(1, unit.getKey().roundId());
                statement.setString(2, unit.getKey().unit());
                statement.setString(3, item.getKey());
                statement.setInt(4, answer.getKey());
                statement.setLong(5, answer.getValue());
                statement.setLong(6, answer.getValue());
                statement.addBatch();
              }
            }
          }
          return statement.executeBatch();
        });
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
