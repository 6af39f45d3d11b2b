package no.saman.survey.instrument;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The stored module versions; callers hold the transaction. */
@Singleton
class ModuleStore {

  private static final String CURRENT =
      "SELECT m.definition FROM instrument_module m WHERE m.version ="
          + " (SELECT MAX(v.version) FROM instrument_module v WHERE v.id = m.id)";

  private final JdbcOperations jdbc;
  private final ObjectMapper json;

  ModuleStore(JdbcOperations jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  List<Module> currentModules() {
    return jdbc.prepareStatement(
        CURRENT + " ORDER BY m.id",
        statement -> {
          List<Module> modules = new ArrayList<>();
          try (var rs = statement.executeQuery()) {
            while (rs.next()) {
              modules.add(read(rs.getString(1)));
            }
          }
          return modules;
        });
  }

  Optional<Module> current(String id) {
    return jdbc.prepareStatement(
        CURRENT + " AND m.id = ?",
        statement -> {
          statement.setString(1, id);
          try (var rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.<Module>empty();
          }
        });
  }

  boolean usedByARound(String id, int version) {
    return jdbc.prepareStatement(
        "SELECT 1 FROM round_module WHERE module = ? AND version = ? LIMIT 1",
        statement -> {
          statement.setString(1, id);
          statement.setInt(2, version);
          try (var rs = statement.executeQuery()) {
            return rs.next();
          }
        });
  }

  /**
   * Inserts unless the module's version is there: instances starting together on an empty schema
   * both seed the catalogue, and the second must not fail its start.
   */
  void insertIfAbsent(Module module) {
    jdbc.prepareStatement(
        "INSERT IGNORE INTO instrument_module (id, version, definition) VALUES (?, ?, ?)",
        statement -> {
          statement.setString(1, module.id());
          statement.setInt(2, module.version());
          statement.setString(3, write(module));
          return statement.executeUpdate();
        });
  }

  void insert(Module module) {
    jdbc.prepareStatement(
        "INSERT INTO instrument_module (id, version, definition) VALUES (?, ?, ?)",
        statement -> {
          statement.setString(1, module.id());
          statement.setInt(2, module.version());
          statement.setString(3, write(module));
          return statement.executeUpdate();
        });
  }

  void replace(Module module) {
    jdbc.prepareStatement(
        "UPDATE instrument_module SET definition = ? WHERE id = ? AND version = ?",
        statement -> {
          statement.setString(1, write(module));
          statement.setString(2, module.id());
          statement.setInt(3, module.version());
          return statement.executeUpdate();
        });
  }

  void recordUse(String roundId, Module module) {
    jdbc.prepareStatement(
        "INSERT INTO round_module (round_id, module, version) VALUES (?, ?, ?)",
        statement -> {
          statement.setString(1, roundId);
          statement.setString(2, module.id());
          statement.setInt(3, module.version());
          return statement.executeUpdate();
        });
  }

  private Module read(String definition) {
    try {
      return json.readValue(definition, Module.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(Module module) {
    try {
      return json.writeValueAsString(module);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
