package no.saman.analytics.statistics;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.saman.analytics.instrument.Instrument;

/**
 * Adds responses to the statistics inside the caller's transaction: each batch is first summed in
 * memory per (round, unit, segment), then merged into that key's one packed row (read, locked and
 * written back in key order, so that concurrent consumers lock rows in the same order).
 */
@Singleton
public class StatisticsWriter {

  private static final int LOOKUP_CHUNK = 1000;

  private static final MultiRowInsert ANSWERS =
      new MultiRowInsert(
          "INSERT INTO response_answers (response_id, round_id, municipality, unit, unit_path,"
              + " submitted_on, language, background, answers) VALUES",
          9,
          "");
  private static final MultiRowInsert COMMENTS =
      new MultiRowInsert(
          "INSERT INTO response_comment (response_id, module, round_id, unit, text) VALUES", 5, "");
  private static final String STATISTICS_ROW =
      "INSERT INTO unit_statistics (round_id, unit, segment, municipality, unit_path, responses,"
          + " stats) VALUES";

  /**
   * A key no row has yet is inserted without ON DUPLICATE KEY: should another transaction insert it
   * meanwhile, this one fails on the key rather than overwrite that row's counts.
   */
  private static final MultiRowInsert NEW_ROWS = new MultiRowInsert(STATISTICS_ROW, 7, "");

  private static final MultiRowInsert MERGED_ROWS =
      new MultiRowInsert(
          STATISTICS_ROW,
          7,
          " ON DUPLICATE KEY UPDATE unit_path = VALUES(unit_path),"
              + " responses = VALUES(responses), stats = VALUES(stats)");

  private final JdbcOperations jdbc;
  private final ObjectMapper json;
  private final StoredResponses stored;
  private final int recomputeChunk;

  StatisticsWriter(
      JdbcOperations jdbc,
      ObjectMapper json,
      StoredResponses stored,
      @Value("${analytics.statistics.recompute-chunk:2000}") int recomputeChunk) {
    this.jdbc = jdbc;
    this.json = json;
    this.stored = stored;
    this.recomputeChunk = recomputeChunk;
  }

  /**
   * Returns the response ids not counted before, in their first order; an id already counted, or
   * repeated in the list, is returned once at most. A response counts as processed once its
   * response_answers row exists, which {@link #add} inserts in the same transaction as its
   * statistics; a concurrent transaction adding the same response makes this one fail on that row's
   * key, and the caller's one-record-at-a-time retry then finds it counted.
   */
  public Set<String> unprocessed(List<String> responseIds) {
    Set<String> fresh = new LinkedHashSet<>(responseIds);
    List<String> all = List.copyOf(fresh);
    for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
      fresh.removeAll(recorded(chunk));
    }
    return fresh;
  }

  private Set<String> recorded(List<String> ids) {
    return jdbc.prepareStatement(
        "SELECT response_id FROM response_answers WHERE response_id IN ("
            + String.join(",", Collections.nCopies(ids.size(), "?"))
            + ")",
        statement -> {
          for (int i = 0; i < ids.size(); i++) {
            statement.setString(i + 1, ids.get(i));
          }
          Set<String> found = new HashSet<>();
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
    store(responses);
    addToStatistics(BatchTotals.of(responses, instruments));
    raiseVersion();
  }

  /**
   * Stores the responses' answers and comments only, which records them as processed: for a replay
   * into a fresh schema, which then {@link #recompute recomputes} every round once at the end. Each
   * row of statistics is then written about once, rather than once per batch that touches it.
   */
  public void store(Collection<ResponseRecord> responses) {
    insertAnswers(responses);
    insertComments(responses);
  }

  /**
   * Computes a round's statistics again from its stored answers, after its instrument snapshot
   * arrived or changed: which answers count, as what, and which indices they form depend on it. The
   * answers are summed a unit at a time, so that each row is written about once.
   */
  public void recompute(String roundId, Instrument instrument) {
    jdbc.prepareStatement(
        "DELETE FROM unit_statistics WHERE round_id = ?",
        s -> {
          s.setString(1, roundId);
          return s.executeUpdate();
        });
    stored.forEachChunkByUnit(
        roundId,
        recomputeChunk,
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

  private void insertAnswers(Collection<ResponseRecord> responses) {
    insert(
        ANSWERS,
        responses,
        (statement, i, r) -> {
          statement.setString(i, r.responseId());
          statement.setString(i + 1, r.roundId());
          statement.setString(i + 2, r.municipality());
          statement.setString(i + 3, r.unit());
          statement.setString(i + 4, toJson(r.unitPath()));
          statement.setDate(i + 5, Date.valueOf(r.submittedOn()));
          statement.setString(i + 6, r.language());
          statement.setString(i + 7, toJson(r.background()));
          statement.setString(i + 8, toJson(r.answers()));
        });
  }

  private record Comment(ResponseRecord response, String module, String text) {}

  private void insertComments(Collection<ResponseRecord> responses) {
    List<Comment> comments = new ArrayList<>();
    for (ResponseRecord r : responses) {
      for (Map.Entry<String, String> comment : new TreeMap<>(r.comments()).entrySet()) {
        if (comment.getValue() != null && !comment.getValue().isBlank()) {
          comments.add(new Comment(r, comment.getKey(), comment.getValue().strip()));
        }
      }
    }
    insert(
        COMMENTS,
        comments,
        (statement, i, c) -> {
          statement.setString(i, c.response().responseId());
          statement.setString(i + 1, c.module());
          statement.setString(i + 2, c.response().roundId());
          statement.setString(i + 3, c.response().unit());
          statement.setString(i + 4, c.text());
        });
  }

  /**
   * Merges the batch into the stored rows: the touched keys' rows are read and locked (in key
   * order, so that concurrent transactions lock alike), merged in memory and written back, one row
   * per key. A key no row has yet is inserted without ON DUPLICATE KEY: should another transaction
   * insert it meanwhile (the round row lock of both ingest paths rules that out), this one fails on
   * the key rather than overwrite that row's counts, and is retried.
   */
  private void addToStatistics(BatchTotals totals) {
    List<UnitKey> keys = List.copyOf(totals.units().keySet());
    Set<UnitKey> stored = new HashSet<>();
    for (int from = 0; from < keys.size(); from += LOOKUP_CHUNK) {
      List<UnitKey> chunk = keys.subList(from, Math.min(keys.size(), from + LOOKUP_CHUNK));
      stored.addAll(addStoredForUpdate(chunk, totals.units()));
    }
    List<Map.Entry<UnitKey, BatchTotals.UnitTotal>> fresh = new ArrayList<>();
    List<Map.Entry<UnitKey, BatchTotals.UnitTotal>> merged = new ArrayList<>();
    for (Map.Entry<UnitKey, BatchTotals.UnitTotal> e : totals.units().entrySet()) {
      (stored.contains(e.getKey()) ? merged : fresh).add(e);
    }
    write(NEW_ROWS, fresh);
    write(MERGED_ROWS, merged);
  }

  /**
   * Reads and locks the keys' stored rows and adds each to its key's batch total.
   *
   * @return the keys that have a stored row
   */
  private Set<UnitKey> addStoredForUpdate(
      List<UnitKey> keys, Map<UnitKey, BatchTotals.UnitTotal> totals) {
    return jdbc.prepareStatement(
        "SELECT round_id, unit, segment, responses, stats FROM unit_statistics"
            + " WHERE (round_id, unit, segment) IN ("
            + String.join(",", Collections.nCopies(keys.size(), "(?, ?, ?)"))
            + ") ORDER BY round_id, unit, segment FOR UPDATE",
        statement -> {
          int index = 1;
          for (UnitKey key : keys) {
            statement.setString(index++, key.roundId());
            statement.setString(index++, key.unit());
            statement.setString(index++, key.segment());
          }
          Set<UnitKey> found = new HashSet<>();
          try (java.sql.ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              UnitKey key = new UnitKey(rs.getString(1), rs.getString(2), rs.getString(3));
              totals.get(key).addStored(rs.getLong(4), rs.getString(5));
              found.add(key);
            }
          }
          return found;
        });
  }

  /** Writes each key's row: its batch total, which holds its stored statistics if it had some. */
  private void write(MultiRowInsert insert, List<Map.Entry<UnitKey, BatchTotals.UnitTotal>> rows) {
    insert(
        insert,
        rows,
        (statement, i, e) -> {
          BatchTotals.UnitTotal total = e.getValue();
          statement.setString(i, e.getKey().roundId());
          statement.setString(i + 1, e.getKey().unit());
          statement.setString(i + 2, e.getKey().segment());
          statement.setString(i + 3, total.municipality());
          statement.setString(i + 4, toJson(total.unitPath()));
          statement.setLong(i + 5, total.responses());
          statement.setString(i + 6, total.packed());
        });
  }

  private <T> void insert(MultiRowInsert insert, Collection<T> rows, MultiRowInsert.Row<T> row) {
    if (!rows.isEmpty()) {
      jdbc.execute(
          connection -> {
            insert.insert(connection, rows, row);
            return null;
          });
    }
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
