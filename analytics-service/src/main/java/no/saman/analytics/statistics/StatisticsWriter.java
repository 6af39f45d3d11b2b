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
import no.saman.analytics.instrument.Instrument;

/**
 * Adds responses to the statistics inside the caller's transaction: each batch is first summed in
 * memory, then written as one upsert per touched row, in key order so that concurrent consumers
 * lock rows in the same order.
 */
@Singleton
public class StatisticsWriter {

  private static final List<String> STATISTICS_TABLES =
      List.of(
          "unit_response_count", "unit_measure_stats", "unit_item_histogram", "unit_choice_count");
  private static final int RECOMPUTE_CHUNK = 2000;
  private static final int LOOKUP_CHUNK = 1000;

  private final JdbcOperations jdbc;
  private final ObjectMapper json;
  private final StoredResponses stored;

  StatisticsWriter(JdbcOperations jdbc, ObjectMapper json, StoredResponses stored) {
    this.jdbc = jdbc;
    this.json = json;
    this.stored = stored;
  }

  /**
   * Records the event ids as processed and returns those not seen before, in their first order; an
   * id already recorded, or repeated in the list, is returned once at most. The ids recorded are
   * read first and the rest inserted in one multi-row statement (a rewritten batch tells no row
   * counts); a concurrent transaction inserting the same id makes this one fail on the key, and the
   * caller's one-record-at-a-time retry then finds it recorded.
   */
  public Set<String> markProcessed(List<String> eventIds) {
    Set<String> fresh = new LinkedHashSet<>(eventIds);
    List<String> all = List.copyOf(fresh);
    for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
      fresh.removeAll(recorded(chunk));
    }
    if (fresh.isEmpty()) {
      return fresh;
    }
    jdbc.prepareStatement(
        "INSERT INTO processed_event (event_id) VALUES (?)",
        statement -> {
          for (String id : fresh) {
            statement.setString(1, id);
            statement.addBatch();
          }
          return statement.executeBatch();
        });
    return fresh;
  }

  private Set<String> recorded(List<String> ids) {
    return jdbc.prepareStatement(
        "SELECT event_id FROM processed_event WHERE event_id IN ("
            + String.join(",", java.util.Collections.nCopies(ids.size(), "?"))
            + ")",
        statement -> {
          for (int i = 0; i < ids.size(); i++) {
            statement.setString(i + 1, ids.get(i));
          }
          Set<String> found = new java.util.HashSet<>();
          try (java.sql.ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              found.add(rs.getString(1));
            }
          }
          return found;
        });
  }

  /**
   * Stores the responses' answers and comments and adds them to the statistics of their units.
   *
   * @param instruments each round's instrument snapshot
   */
  public void add(Collection<ResponseRecord> responses, Map<String, Instrument> instruments) {
    if (responses.isEmpty()) {
      return;
    }
    insertAnswers(responses);
    insertComments(responses);
    addToStatistics(BatchTotals.of(responses, instruments));
    raiseVersion();
  }

  /**
   * Computes a round's statistics again from its stored answers, after its instrument snapshot
   * arrived or changed: which answers count, as what, and which indices they form depend on it.
   */
  public void recompute(String roundId, Instrument instrument) {
    for (String table : STATISTICS_TABLES) {
      jdbc.prepareStatement(
          "DELETE FROM " + table + " WHERE round_id = ?",
          s -> {
            s.setString(1, roundId);
            return s.executeUpdate();
          });
    }
    stored.forEachChunk(
        roundId,
        RECOMPUTE_CHUNK,
        chunk -> addToStatistics(BatchTotals.of(chunk, Map.of(roundId, instrument))));
    raiseVersion();
  }

  /**
   * Tells readers' caches, in the same transaction, that the statistics or what results are built
   * from (rounds, organisation, networks) have changed.
   */
  public void raiseVersion() {
    jdbc.prepareStatement(
        "UPDATE statistics_version SET version = version + 1 WHERE id = 1",
        java.sql.PreparedStatement::executeUpdate);
  }

  private void addToStatistics(BatchTotals totals) {
    upsertCounts(totals);
    upsertMeasures(totals);
    upsertHistograms(totals);
    upsertChoices(totals);
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

  private void insertComments(Collection<ResponseRecord> responses) {
    jdbc.prepareStatement(
        """
        INSERT INTO response_comment (response_id, module, round_id, unit, text)
        VALUES (?, ?, ?, ?, ?)""",
        statement -> {
          for (ResponseRecord r : responses) {
            for (Map.Entry<String, String> comment : new TreeMap<>(r.comments()).entrySet()) {
              if (comment.getValue() == null || comment.getValue().isBlank()) {
                continue;
              }
              statement.setString(1, r.responseId());
              statement.setString(2, comment.getKey());
              statement.setString(3, r.roundId());
              statement.setString(4, r.unit());
              statement.setString(5, comment.getValue().strip());
              statement.addBatch();
            }
          }
          return statement.executeBatch();
        });
  }

  private void upsertCounts(BatchTotals totals) {
    jdbc.prepareStatement(
        """
        INSERT INTO unit_response_count (round_id, unit, segment, municipality, unit_path, responses)
        VALUES (?, ?, ?, ?, ?, ?)
        ON DUPLICATE KEY UPDATE responses = responses + VALUES(responses), unit_path = VALUES(unit_path)""",
        statement -> {
          for (Map.Entry<UnitKey, BatchTotals.UnitTotal> e : totals.units().entrySet()) {
            String path = toJson(e.getValue().unitPath());
            bindKey(statement, e.getKey());
            statement.setString(4, e.getValue().municipality());
            statement.setString(5, path);
            statement.setLong(6, e.getValue().responses());
            statement.addBatch();
          }
          return statement.executeBatch();
        });
  }

  private void upsertMeasures(BatchTotals totals) {
    jdbc.prepareStatement(
        """
        INSERT INTO unit_measure_stats (round_id, unit, segment, measure, n, sum_x, sum_x2)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON DUPLICATE KEY UPDATE n = n + VALUES(n), sum_x = sum_x + VALUES(sum_x),
          sum_x2 = sum_x2 + VALUES(sum_x2)""",
        statement -> {
          for (var unit : totals.units().entrySet()) {
            for (var measure : new TreeMap<>(unit.getValue().measures()).entrySet()) {
              SufficientStats s = measure.getValue();
              bindKey(statement, unit.getKey());
              statement.setString(4, measure.getKey());
              statement.setLong(5, s.n());
              statement.setDouble(6, s.sum());
              statement.setDouble(7, s.sumOfSquares());
              statement.addBatch();
            }
          }
          return statement.executeBatch();
        });
  }

  private void upsertHistograms(BatchTotals totals) {
    jdbc.prepareStatement(
        """
        INSERT INTO unit_item_histogram (round_id, unit, segment, item, answer, responses)
        VALUES (?, ?, ?, ?, ?, ?)
        ON DUPLICATE KEY UPDATE responses = responses + VALUES(responses)""",
        statement -> {
          for (var unit : totals.units().entrySet()) {
            for (var item : new TreeMap<>(unit.getValue().histograms()).entrySet()) {
              for (var answer : new TreeMap<>(item.getValue()).entrySet()) {
                bindKey(statement, unit.getKey());
                statement.setString(4, item.getKey());
                statement.setInt(5, answer.getKey());
                statement.setLong(6, answer.getValue());
                statement.addBatch();
              }
            }
          }
          return statement.executeBatch();
        });
  }

  private void upsertChoices(BatchTotals totals) {
    jdbc.prepareStatement(
        """
        INSERT INTO unit_choice_count (round_id, unit, segment, item, choice, responses)
        VALUES (?, ?, ?, ?, ?, ?)
        ON DUPLICATE KEY UPDATE responses = responses + VALUES(responses)""",
        statement -> {
          for (var unit : totals.units().entrySet()) {
            for (var item : new TreeMap<>(unit.getValue().choices()).entrySet()) {
              for (var choice : new TreeMap<>(item.getValue()).entrySet()) {
                bindKey(statement, unit.getKey());
                statement.setString(4, item.getKey());
                statement.setString(5, choice.getKey());
                statement.setLong(6, choice.getValue());
                statement.addBatch();
              }
            }
          }
          return statement.executeBatch();
        });
  }

  private static void bindKey(java.sql.PreparedStatement statement, UnitKey key)
      throws java.sql.SQLException {
    statement.setString(1, key.roundId());
    statement.setString(2, key.unit());
    statement.setString(3, key.segment());
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
