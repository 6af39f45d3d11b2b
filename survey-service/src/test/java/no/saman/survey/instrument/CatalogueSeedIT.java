package no.saman.survey.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.Test;

/**
 * Instances started together on an empty schema all seed the catalogue with the bundled modules:
 * none of the starts may fail on the others' rows, and each module is there once.
 */
@MicronautTest(transactional = false)
class CatalogueSeedIT extends SurveyServiceIT {

  private static final int INSTANCES = 6;

  @Inject InstrumentCatalogue catalogue;
  @Inject BundledInstruments bundled;

  @Test
  void shouldSeedEachBundledModuleOnceWhenInstancesStartTogether() throws Exception {
    execute("DELETE FROM instrument_module"); // as before the first start: no round uses them
    CyclicBarrier together = new CyclicBarrier(INSTANCES);
    ExecutorService starts = Executors.newFixedThreadPool(INSTANCES);
    try {
      List<Future<?>> started = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        started.add(
            starts.submit(
                () -> {
                  together.await();
                  catalogue.seed(null);
                  return null;
                }));
      }
      for (Future<?> start : started) {
        start.get(); // a failed start throws here
      }
    } finally {
      starts.shutdownNow();
    }

    Map<String, Integer> expected = new HashMap<>();
    bundled.modules().forEach(m -> expected.put(m.id() + "-1", 1));
    assertThat(rowsPerModuleVersion()).isEqualTo(expected);
  }

  private Map<String, Integer> rowsPerModuleVersion() throws SQLException {
    Map<String, Integer> rows = new HashMap<>();
    try (Connection c = database.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, version, COUNT(*) FROM instrument_module GROUP BY id, version")) {
      while (rs.next()) {
        rows.put(rs.getString(1) + "-" + rs.getInt(2), rs.getInt(3));
      }
    }
    return rows;
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = database.connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
