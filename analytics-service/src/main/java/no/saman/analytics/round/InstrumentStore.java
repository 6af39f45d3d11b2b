package no.saman.analytics.round;

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
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.instrument.InstrumentModule;
import no.saman.analytics.instrument.Item;
import no.saman.analytics.instrument.ItemType;
import no.saman.analytics.instrument.ScaleIndex;

/**
 * Stores each round's instrument snapshot as rows (module, item, index) and reads it back, inside
 * the caller's transaction.
 */
@Singleton
public class InstrumentStore {

  private final JdbcOperations jdbc;
  private final ObjectMapper json;

  InstrumentStore(JdbcOperations jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The snapshots of the given rounds; a round without one maps to {@link Instrument#UNKNOWN}. */
  public Map<String, Instrument> read(Collection<String> roundIds) {
    Map<String, Instrument> result = new HashMap<>();
    if (roundIds.isEmpty()) {
      return result;
    }
    List<String> ids = List.copyOf(roundIds);
    Map<String, Map<String, ModuleRow>> modules = readModules(ids);
    Map<String, List<Item>> items = readItems(ids);
    Map<String, List<ScaleIndex>> indices = readIndices(ids);
    for (String id : ids) {
      List<InstrumentModule> list = new ArrayList<>();
      for (ModuleRow m : modules.getOrDefault(id, Map.of()).values()) {
        list.add(
            new InstrumentModule(
                m.id,
                m.version,
                m.names,
                items.getOrDefault(id, List.of()).stream()
                    .filter(i -> i.module().equals(m.id))
                    .toList(),
                indices.getOrDefault(id, List.of()).stream()
                    .filter(x -> x.module().equals(m.id))
                    .toList()));
      }
      result.put(id, list.isEmpty() ? Instrument.UNKNOWN : new Instrument(list));
    }
    return result;
  }

  /**
   * One module per module id that has indices in any stored snapshot, with the indices of its most
   * recently stored version, for the indicator catalogue.
   */
  @ReadOnly
  public List<InstrumentModule> modulesWithIndices() {
    Map<String, List<ScaleIndex>> indices = new LinkedHashMap<>();
    Map<String, Map<String, String>> names = new LinkedHashMap<>();
    jdbc.prepareStatement(
        """
        SELECT x.module, x.index_id, x.items, x.min_answered, m.name_nn, m.name_nb, m.name_en
        FROM round_index x JOIN round_module m ON m.round_id = x.round_id AND m.module = x.module
        ORDER BY x.module, x.index_id, m.version DESC""",
        s -> {
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              String module = rs.getString(1);
              String id = rs.getString(2);
              List<ScaleIndex> known = indices.computeIfAbsent(module, m -> new ArrayList<>());
              if (known.stream().noneMatch(x -> x.id().equals(id))) {
                known.add(new ScaleIndex(id, module, strings(rs.getString(3)), rs.getInt(4)));
              }
              Map<String, String> moduleNames = new LinkedHashMap<>();
              putIfPresent(moduleNames, "nn", rs.getString(5));
              putIfPresent(moduleNames, "nb", rs.getString(6));
              putIfPresent(moduleNames, "en", rs.getString(7));
              names.putIfAbsent(module, moduleNames);
            }
          }
          return null;
        });
    List<InstrumentModule> modules = new ArrayList<>();
    indices.forEach(
        (module, list) ->
            modules.add(new InstrumentModule(module, 1, names.get(module), List.of(), list)));
    return modules;
  }

  public Instrument read(String roundId) {
    return read(List.of(roundId)).get(roundId);
  }

  /**
   * Replaces a round's snapshot when it differs from the stored one.
   *
   * @return whether it changed
   */
  public boolean replace(String roundId, Instrument instrument) {
    if (read(roundId).equals(instrument)) {
      return false;
    }
    for (String table : List.of("round_module", "round_item", "round_index")) {
      jdbc.prepareStatement(
          "DELETE FROM " + table + " WHERE round_id = ?",
          s -> {
            s.setString(1, roundId);
            return s.executeUpdate();
          });
    }
    insertModules(roundId, instrument);
    insertItems(roundId, instrument);
    insertIndices(roundId, instrument);
    return true;
  }

  private record ModuleRow(String id, int version, Map<String, String> names) {}

  private Map<String, Map<String, ModuleRow>> readModules(List<String> ids) {
    Map<String, Map<String, ModuleRow>> byRound = new HashMap<>();
    query(
        "SELECT round_id, module, version, name_nn, name_nb, name_en FROM round_module WHERE"
            + " round_id IN (%s) ORDER BY round_id, position",
        ids,
        rs -> {
          Map<String, String> names = new LinkedHashMap<>();
          putIfPresent(names, "nn", rs.getString(4));
          putIfPresent(names, "nb", rs.getString(5));
          putIfPresent(names, "en", rs.getString(6));
          byRound
              .computeIfAbsent(rs.getString(1), r -> new LinkedHashMap<>())
              .put(rs.getString(2), new ModuleRow(rs.getString(2), rs.getInt(3), names));
        });
    return byRound;
  }

  private Map<String, List<Item>> readItems(List<String> ids) {
    Map<String, List<Item>> byRound = new HashMap<>();
    query(
        "SELECT round_id, item, module, type, min_value, max_value, scale, reverse, choices,"
            + " text_nn, text_nb, text_en FROM round_item WHERE round_id IN (%s) ORDER BY round_id, position",
        ids,
        rs ->
            byRound
                .computeIfAbsent(rs.getString(1), r -> new ArrayList<>())
                .add(
                    new Item(
                        rs.getString(2),
                        rs.getString(3),
                        ItemType.parse(rs.getString(4)).orElse(ItemType.TEXT),
                        (Integer) rs.getObject(5, Integer.class),
                        (Integer) rs.getObject(6, Integer.class),
                        rs.getString(7),
                        rs.getString(9) == null ? List.of() : strings(rs.getString(9)),
                        rs.getBoolean(8),
                        texts(rs.getString(10), rs.getString(11), rs.getString(12)))));
    return byRound;
  }

  private Map<String, List<ScaleIndex>> readIndices(List<String> ids) {
    Map<String, List<ScaleIndex>> byRound = new HashMap<>();
    query(
        "SELECT round_id, index_id, module, items, min_answered FROM round_index"
            + " WHERE round_id IN (%s) ORDER BY round_id, position",
        ids,
        rs ->
            byRound
                .computeIfAbsent(rs.getString(1), r -> new ArrayList<>())
                .add(
                    new ScaleIndex(
                        rs.getString(2), rs.getString(3), strings(rs.getString(4)), rs.getInt(5))));
    return byRound;
  }

  private void insertModules(String roundId, Instrument instrument) {
    batch(
        "INSERT INTO round_module (round_id, module, position, version, name_nn, name_nb, name_en)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        s -> {
          int position = 0;
          for (InstrumentModule m : instrument.modules()) {
            s.setString(1, roundId);
            s.setString(2, m.id());
            s.setInt(3, position++);
            s.setInt(4, m.version());
            s.setString(5, m.names().get("nn"));
            s.setString(6, m.names().get("nb"));
            s.setString(7, m.names().get("en"));
            s.addBatch();
          }
        });
  }

  private void insertItems(String roundId, Instrument instrument) {
    batch(
        "INSERT INTO round_item (round_id, item, module, position, type, min_value, max_value,"
            + " scale, reverse, choices, text_nn, text_nb, text_en)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE item = item",
        s -> {
          int position = 0;
          for (Item i : instrument.items()) {
            s.setString(1, roundId);
            s.setString(2, i.id());
            s.setString(3, i.module());
            s.setInt(4, position++);
            s.setString(5, i.type().wireName());
            setInteger(s, 6, i.min());
            setInteger(s, 7, i.max());
            s.setString(8, i.scale());
            s.setBoolean(9, i.reverse());
            s.setString(10, i.choices().isEmpty() ? null : toJson(i.choices()));
            s.setString(11, i.texts().get("nn"));
            s.setString(12, i.texts().get("nb"));
            s.setString(13, i.texts().get("en"));
            s.addBatch();
          }
        });
  }

  private void insertIndices(String roundId, Instrument instrument) {
    batch(
        "INSERT INTO round_index (round_id, index_id, module, position, items, min_answered)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE index_id = index_id",
        s -> {
          int position = 0;
          for (InstrumentModule m : instrument.modules()) {
            for (ScaleIndex x : m.indices()) {
              s.setString(1, roundId);
              s.setString(2, x.id());
              s.setString(3, m.id());
              s.setInt(4, position++);
              s.setString(5, toJson(x.items()));
              s.setInt(6, x.minAnswered());
              s.addBatch();
            }
          }
        });
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  private void query(String sql, List<String> ids, RowReader reader) {
    jdbc.prepareStatement(
        String.format(sql, String.join(", ", Collections.nCopies(ids.size(), "?"))),
        s -> {
          for (int i = 0; i < ids.size(); i++) {
            s.setString(i + 1, ids.get(i));
          }
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              reader.read(rs);
            }
          }
          return null;
        });
  }

  private void batch(String sql, Binder binder) {
    jdbc.prepareStatement(
        sql,
        s -> {
          binder.bind(s);
          return s.executeBatch();
        });
  }

  private static void setInteger(PreparedStatement s, int index, Integer value)
      throws SQLException {
    if (value == null) {
      s.setNull(index, Types.INTEGER);
    } else {
      s.setInt(index, value);
    }
  }

  private static Map<String, String> texts(String nn, String nb, String en) {
    Map<String, String> texts = new LinkedHashMap<>();
    putIfPresent(texts, "nn", nn);
    putIfPresent(texts, "nb", nb);
    putIfPresent(texts, "en", en);
    return texts;
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private List<String> strings(String text) {
    try {
      return json.readValue(text, Argument.listOf(String.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
