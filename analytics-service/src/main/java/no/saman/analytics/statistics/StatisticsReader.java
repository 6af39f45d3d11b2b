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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads per-unit statistics of rounds, for everyone or the categories of one background dimension;
 * runs in the caller's (read-only) transaction so that all figures of one answer come from one
 * snapshot.
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
    if (roundIds.isEmpty()) {
      return cells;
    }
    Filter filter = new Filter(List.copyOf(roundIds), dimension);
    Map<Key, Map<String, SufficientStats>> stats = readMeasures(filter, measures);
    Map<Key, Map<String, Map<Integer, Long>>> histograms = readHistograms(filter, measures);
    Map<Key, Map<String, Map<String, Long>>> choices = readChoices(filter, measures);
    query(
        "SELECT round_id, unit, segment, municipality, unit_path, responses FROM unit_response_count",
        filter,
        null,
        rs -> {
          Key key = new Key(rs.getString(1), rs.getString(2), rs.getString(3));
          cells.add(
              new UnitCell(
                  key.round,
                  rs.getString(4),
                  key.unit,
                  path(rs.getString(5)),
                  key.segment,
                  new GroupStatistics(
                      rs.getLong(6),
                      stats.getOrDefault(key, Map.of()),
                      histograms.getOrDefault(key, Map.of()),
                      choices.getOrDefault(key, Map.of()))));
        });
    return cells;
  }

  private record Key(String round, String unit, String segment) {}

  private record Filter(List<String> roundIds, String dimension) {}

  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  private Map<Key, Map<String, SufficientStats>> readMeasures(
      Filter filter, Collection<String> measures) {
    Map<Key, Map<String, SufficientStats>> byKey = new HashMap<>();
    query(
        "SELECT round_id, unit, segment, measure, n, sum_x, sum_x2 FROM unit_measure_stats",
        filter,
        measures == null ? null : "measure",
        measures,
        rs ->
            byKey
                .computeIfAbsent(key(rs), k -> new HashMap<>())
                .put(
                    rs.getString(4),
                    new SufficientStats(rs.getLong(5), rs.getDouble(6), rs.getDouble(7))));
    return byKey;
  }

  private Map<Key, Map<String, Map<Integer, Long>>> readHistograms(
      Filter filter, Collection<String> measures) {
    Map<Key, Map<String, Map<Integer, Long>>> byKey = new HashMap<>();
    query(
        "SELECT round_id, unit, segment, item, answer, responses FROM unit_item_histogram",
        filter,
        measures == null ? null : "item",
        measures,
        rs ->
            byKey
                .computeIfAbsent(key(rs), k -> new HashMap<>())
                .computeIfAbsent(rs.getString(4), i -> new HashMap<>())
                .put(rs.getInt(5), rs.getLong(6)));
    return byKey;
  }

  private Map<Key, Map<String, Map<String, Long>>> readChoices(
      Filter filter, Collection<String> measures) {
    Map<Key, Map<String, Map<String, Long>>> byKey = new HashMap<>();
    query(
        "SELECT round_id, unit, segment, item, choice, responses FROM unit_choice_count",
        filter,
        measures == null ? null : "item",
        measures,
        rs ->
            byKey
                .computeIfAbsent(key(rs), k -> new HashMap<>())
                .computeIfAbsent(rs.getString(4), i -> new HashMap<>())
                .put(rs.getString(5), rs.getLong(6)));
    return byKey;
  }

  private static Key key(ResultSet rs) throws SQLException {
    return new Key(rs.getString(1), rs.getString(2), rs.getString(3));
  }

  private void query(String select, Filter filter, String column, Row row) {
    query(select, filter, column, null, row);
  }

  private void query(
      String select, Filter filter, String column, Collection<String> values, Row row) {
    StringBuilder sql =
        new StringBuilder(select)
            .append(" WHERE round_id IN (")
            .append(placeholders(filter.roundIds().size()))
            .append(")");
    sql.append(filter.dimension() == null ? " AND segment = ''" : " AND segment LIKE ?");
    if (column != null && values != null) {
      if (values.isEmpty()) {
        return;
      }
      sql.append(" AND ")
          .append(column)
          .append(" IN (")
          .append(placeholders(values.size()))
          .append(")");
    }
    jdbc.prepareStatement(
        sql.toString(),
        statement -> {
          int index = bind(statement, 1, filter.roundIds());
          if (filter.dimension() != null) {
            statement.setString(index++, filter.dimension() + "=%");
          }
          if (column != null && values != null) {
            bind(statement, index, values);
          }
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              row.read(rs);
            }
          }
          return null;
        });
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
