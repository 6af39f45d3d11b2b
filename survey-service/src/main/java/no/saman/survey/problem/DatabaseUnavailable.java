package no.saman.survey.problem;

import io.micronaut.data.connection.exceptions.ConnectionException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Tells a lost or unobtainable database connection apart from a bug. */
public final class DatabaseUnavailable {

  private static final int MAX_DEPTH = 20;

  private DatabaseUnavailable() {}

  /**
   * Whether {@code failure} or one of its causes says the database could not be reached. Micronaut
   * Data's {@link ConnectionException} counts on its own: it does not always keep the driver's
   * cause (e.g. "could not set read-only" on a connection the pool had already lost).
   */
  public static boolean causedBy(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
      if (t instanceof ConnectionException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof ConnectException
          // SQLSTATE class 08: connection exception, whichever driver class carries it
          || t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }
}
