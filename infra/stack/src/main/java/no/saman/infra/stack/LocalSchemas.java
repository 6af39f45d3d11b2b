package no.saman.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import no.saman.infra.testing.TestDatabase;

/** Resets the local stack's state: its two schemas on the MySQL server and its Kafka data. */
final class LocalSchemas {

  private LocalSchemas() {}

  static void drop(String... schemas) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                TestDatabase.serverUrl() + "/", TestDatabase.user(), TestDatabase.password());
        Statement s = c.createStatement()) {
      for (String schema : schemas) {
        if (!schema.matches("[A-Za-z0-9_]+")) {
          throw new IllegalArgumentException("Not a plain schema name: " + schema);
        }
        s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
      }
    }
  }

  static void deleteDirectory(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
