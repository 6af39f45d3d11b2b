package no.saman.analytics.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import no.saman.infra.testing.SharedKafka;
import no.saman.infra.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymitySettingIT {

  private final TestDatabase database = TestDatabase.create("analytics");

  @AfterAll
  void dropDatabase() {
    database.close();
  }

  @Test
  void shouldRefuseToStartWithAThresholdBelowThree() {
    assertThatThrownBy(() -> start(2).close())
        .hasStackTraceContaining("AnonymityProperties.k - must be greater than or equal to 3");
  }

  @Test
  void shouldStartWithTheLowestThresholdAllowed() {
    try (ApplicationContext context = start(3)) {
      assertThat(context.getBean(AnonymityThreshold.class).k()).isEqualTo(3);
    }
  }

  private ApplicationContext start(int k) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("analytics.anonymity.k", k);
    properties.put("datasources.default.url", database.jdbcUrl());
    properties.put("datasources.default.username", TestDatabase.user());
    properties.put("datasources.default.password", TestDatabase.password());
    properties.put("analytics.kafka.bootstrap-servers", SharedKafka.bootstrapServers());
    properties.put("analytics.kafka.group-id", "analytics-setting-" + k);
    properties.put("micronaut.server.port", -1);
    return ApplicationContext.builder().properties(properties).environments("test").start();
  }
}
