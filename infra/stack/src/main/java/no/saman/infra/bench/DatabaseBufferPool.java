package no.saman.infra.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import no.saman.infra.testing.TestDatabase;

/**
 * Gives the local MySQL-compatible server the InnoDB buffer pool of the deployment (the Kubernetes
 * MySQL gets 1 GiB of its 2 GiB, infra/deploy/k8s/base/mysql.yaml) for the run, and puts the old
 * size back afterwards: with the server's 128 MiB default, a million responses' statistics and
 * answers no longer fit and the scale run measures the disk instead of the service.
 */
final class DatabaseBufferPool implements AutoCloseable {

  static final long DEPLOYED_BYTES = 1L << 30;

  private final long before;

  private DatabaseBufferPool(long before) {
    this.before = before;
  }

  /** Raises the buffer pool to {@code bytes} if it is smaller, for as long as this is open. */
  static DatabaseBufferPool atLeast(long bytes) throws SQLException {
    long before = size();
    if (before < bytes) {
      resize(bytes);
    }
    System.out.printf(
        "InnoDB buffer pool: %d MiB for this run (was %d MiB)%n", size() >> 20, before >> 20);
    return new DatabaseBufferPool(before);
  }

  @Override
  public void close() throws SQLException {
    if (size() != before) {
      resize(before);
    }
  }

  private static long size() throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT @@GLOBAL.innodb_buffer_pool_size")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void resize(long bytes) throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      st.execute("SET GLOBAL innodb_buffer_pool_size = " + bytes);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        TestDatabase.serverUrl() + "/", TestDatabase.user(), TestDatabase.password());
  }
}
