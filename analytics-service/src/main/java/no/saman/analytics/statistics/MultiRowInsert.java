package no.saman.analytics.statistics;

import com.mysql.cj.jdbc.JdbcConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A multi-row INSERT sent as server-side prepared statements of up to {@link #ROWS} rows each, so
 * that the values go over in the binary protocol. A client-side batch (what a rewritten JDBC batch
 * is, even from a server-prepared statement, unless the whole connection prepares on the server)
 * escapes every quote of the JSON text first and the server then parses it back out of the SQL: the
 * escaping alone was 7 % of the consumer thread in the scale profile.
 */
final class MultiRowInsert {

  /** Rows per statement: 1 000 rows of the widest table stay far below max_allowed_packet. */
  static final int ROWS = 1000;

  /** Binds one row's values from the given parameter index on. */
  interface Row<T> {
    void bind(PreparedStatement statement, int first, T row) throws SQLException;
  }

  private final String head;
  private final int columns;
  private final String tail;

  /**
   * @param head {@code INSERT INTO t (a, b) VALUES}
   * @param columns how many values a row has
   * @param tail what follows the rows, e.g. an ON DUPLICATE KEY UPDATE clause, or ""
   */
  MultiRowInsert(String head, int columns, String tail) {
    this.head = head;
    this.columns = columns;
    this.tail = tail;
  }

  /** Inserts the rows, in their order. */
  <T> void insert(Connection connection, Collection<T> rows, Row<T> row) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    JdbcConnection mysql = connection.unwrap(JdbcConnection.class);
    List<T> all = rows instanceof List<T> list ? list : new ArrayList<>(rows);
    PreparedStatement full = null;
    try {
      for (int from = 0; from < all.size(); from += ROWS) {
        List<T> chunk = all.subList(from, Math.min(all.size(), from + ROWS));
        if (chunk.size() == ROWS) {
          full = full != null ? full : mysql.serverPrepareStatement(sql(ROWS));
          execute(full, chunk, row);
        } else {
          try (PreparedStatement last = mysql.serverPrepareStatement(sql(chunk.size()))) {
            execute(last, chunk, row);
          }
        }
      }
    } finally {
      if (full != null) {
        full.close();
      }
    }
  }

  private <T> void execute(PreparedStatement statement, List<T> chunk, Row<T> row)
      throws SQLException {
    int first = 1;
    for (T value : chunk) {
      row.bind(statement, first, value);
      first += columns;
    }
    statement.executeUpdate();
  }

  private String sql(int rows) {
    String one = "(" + "?, ".repeat(columns - 1) + "?)";
    StringBuilder sql =
        new StringBuilder(head.length() + rows * (one.length() + 2) + tail.length());
    sql.append(head).append(' ');
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ", ").append(one);
    }
    return sql.append(tail).toString();
  }
}
