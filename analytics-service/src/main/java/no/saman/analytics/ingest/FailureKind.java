package no.saman.analytics.ingest;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.TransactionException;
import java.sql.SQLException;

/**
 * Tells a failure worth retrying (the database is away, busy or deadlocked) from one caused by the
 * record itself (its data breaks a column or constraint), which only the dead-letter topic can
 * take.
 */
enum FailureKind {
  /** Retry later with the offset uncommitted: nothing may be lost. */
  TRANSIENT,
  /** Retrying cannot help: dead-letter the record and go on. */
  POISON;

  static FailureKind of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return isDataError(sql.getSQLState()) ? POISON : TRANSIENT;
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DataAccessException || t instanceof TransactionException) {
        return TRANSIENT;
      }
    }
    return POISON;
  }

  /** SQLSTATE class 22 (data exception) or 23 (integrity constraint violation). */
  private static boolean isDataError(String sqlState) {
    return sqlState != null && (sqlState.startsWith("22") || sqlState.startsWith("23"));
  }
}
