package no.saman.survey.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The same relays with every transaction at READ COMMITTED: the relay lock must hold there too. */
@MicronautTest(transactional = false)
class OutboxRelayOrderReadCommittedIT extends OutboxRelayOrderIT {

  @Inject DataSource dataSource;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("datasources.default.transaction-isolation", "TRANSACTION_READ_COMMITTED");
    return properties;
  }

  @Test
  void shouldRunTheRelaysAtReadCommitted() throws Exception {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT @@session.tx_isolation")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("READ-COMMITTED");
    }
  }
}
