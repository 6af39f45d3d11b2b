package no.saman.analytics.statistics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Reads per-unit statistics of rounds, for everyone or the categories of one background dimension,
 * one packed row per unit segment; runs in the caller's (read-only) transaction so that all figures
 * of one answer come from one snapshot.
 */
@Singleton
public class StatisticsReader {

  private final JdbcOperations jdbc;
  private final ObjectMapper json;
  private final CellCache cache = new CellCache();

  StatisticsReader(JdbcOperations jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * The unit cells of the rounds.
   *
   * @param dimension a background dimension for its categories' cells, null for everyone's
   * @param measures the measures to read, null for all
   */
  public List<UnitCell> read(
      Collection<String> roundIds,
      @Nullable String dimension,
      @Nullable Collection<String> measures) {
    if (roundIds.isEmpty()) {
      return List.of();
    }
    // Read in the caller's transaction, so the version and the cells come from one snapshot.
    return cache.get(
        version(), roundIds, dimension, measures, () -> readCells(roundIds, dimension, measures));
  }

  /** The statistics version the ingest transaction raises with every change. */
  public long version() {
    return jdbc.prepareStatement(
        "SELECT version FROM statistics_version WHERE id = 1",
        s -> {
          try (var rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
          }
        });
  }

  private List<UnitCell> readCells(
      Collection<String> roundIds,
      @Nullable String dimension,
      @Nullable Collection<String> measures) {
    List<UnitCell> cells = new ArrayList<>();
    Set<String> only = measures == null ? null : Set.copyOf(measures);
    List<String> rounds = List.copyOf(roundIds);
    String sql =
        "SELECT round_id, unit, segment, municipality, unit_path, responses, stats"
            + " FROM unit_statistics WHERE round_id IN ("
            + placeholders(rounds.size())
            + ")"
            + (dimension == null ? " AND segment = ''" : " AND segment LIKE ?");
    jdbc.prepareStatement(
        sql,
        statement -> {
          int index = bind(statement, 1, rounds);
          if (dimension != null) {
            statement.setString(index, dimension + "=%");
          }
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              long responses = rs.getLong(6);
              cells.add(
                  new UnitCell(
                      rs.getString(1),
                      rs.getString(4),
                      rs.getString(2),
                      path(rs.getString(5)),
                      rs.getString(3),
                      PackedStatistics.unpack(responses, rs.getString(7), only)));
            }
          }
          return null;
        });
    return cells;
  }

  private static int bind(PreparedStatement statement, int first, Collection<String> values)
      throws SQLException {
    int index = first;
    for (String value : values) {
      statement.setString(index++, value);
    }
    return index;
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private List<String> path(String text) {
    try {
      return json.readValue(text, Argument.listOf(String.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
