package no.saman.analytics.statistics;

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
 * Reads one round's per-unit statistics, only the measures and histograms asked for; runs in the
 * caller's (read-only) transaction so that all figures of one answer come from one snapshot.
 */
@Singleton
public class StatisticsReader {

  private final JdbcOperations jdbc;
  private final ObjectMapper json;

  StatisticsReader(JdbcOperations jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public RoundStatistics read(
      String roundId, Collection<String> measures, Collection<String> histogramItems) {
    Map<String, Map<String, SufficientStats>> measuresByUnit = readMeasures(roundId, measures);
    Map<String, Map<String, Map<Integer, Long>>> histogramsByUnit =
        readHistograms(roundId, histogramItems);
    List<RoundStatistics.UnitStatistics> units = new ArrayList<>();
    jdbc.prepareStatement(
        "SELECT unit, unit_path, responses FROM unit_response_count WHERE round_id = ?",
        statement -> {
          statement.setString(1, roundId);
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              String unit = rs.getString(1);
              GroupStatistics stats =
                  new GroupStatistics(
                      rs.getLong(3),
                      measuresByUnit.getOrDefault(unit, Map.of()),
                      histogramsByUnit.getOrDefault(unit, Map.of()));
              units.add(new RoundStatistics.UnitStatistics(unit, path(rs.getString(2)), stats));
            }
          }
          return units;
        });
    return new RoundStatistics(units);
  }

  private Map<String, Map<String, SufficientStats>> readMeasures(
      String roundId, Collection<String> measures) {
    Map<String, Map<String, SufficientStats>> byUnit = new HashMap<>();
    if (measures.isEmpty()) {
      return byUnit;
    }
    String sql =
        "SELECT unit, measure, n, sum_x, sum_x2 FROM unit_measure_stats WHERE round_id = ?"
            + " AND measure IN ("
            + placeholders(measures.size())
            + ")";
    return jdbc.prepareStatement(
        sql,
        statement -> {
          bind(statement, roundId, measures);
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              byUnit
                  .computeIfAbsent(rs.getString(1), u -> new HashMap<>())
                  .put(
                      rs.getString(2),
                      new SufficientStats(rs.getLong(3), rs.getDouble(4), rs.getDouble(5)));
            }
          }
          return byUnit;
        });
  }

  private Map<String, Map<String, Map<Integer, Long>>> readHistograms(
      String roundId, Collection<String> items) {
    Map<String, Map<String, Map<Integer, Long>>> byUnit = new HashMap<>();
    if (items.isEmpty()) {
      return byUnit;
    }
    String sql =
        "SELECT unit, item, answer, responses FROM unit_item_histogram WHERE round_id = ?"
            + " AND item IN ("
            + placeholders(items.size())
            + ")";
    return jdbc.prepareStatement(
        sql,
        statement -> {
          bind(statement, roundId, items);
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              byUnit
                  .computeIfAbsent(rs.getString(1), u -> new HashMap<>())
                  .computeIfAbsent(rs.getString(2), i -> new HashMap<>())
                  .put(rs.getInt(3), rs.getLong(4));
            }
          }
          return byUnit;
        });
  }

  private static void bind(PreparedStatement statement, String roundId, Collection<String> values)
      throws SQLException {
    statement.setString(1, roundId);
    int index = 2;
    for (String value : values) {
      statement.setString(index++, value);
    }
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
