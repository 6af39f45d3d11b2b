package no.saman.analytics.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import no.saman.infra.testing.TestDatabase;

/** Looks into a test class's schema directly, for what the API deliberately does not show. */
public final class Sql {

  private final TestDatabase database;

  public Sql(TestDatabase database) {
    this.database = database;
  }

  /** The first column of the first row as a long, 0 when there is no row. */
  public long number(String sql, Object... parameters) {
    try (Connection c = database.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first column of the first row as text, null when there is no row. */
  public String text(String sql, Object... parameters) {
    try (Connection c = database.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public boolean processed(String eventId) {
    return number("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", eventId) == 1;
  }

  public void execute(String sql) {
    try (Connection c = database.connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
