package no.saman.analytics.export;

import java.sql.SQLException;

/** The rows an export releases, one at a time; closing gives back what they hold. */
interface ReleasedRows extends AutoCloseable {

  /** No rows: a network none of whose members ran a round in the wave. */
  ReleasedRows NONE =
      new ReleasedRows() {
        @Override
        public Object[] next() {
          return null;
        }

        @Override
        public void close() {}
      };

  /** The next released row, null after the last. */
  Object[] next() throws SQLException;

  @Override
  void close();
}
