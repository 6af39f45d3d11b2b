package no.saman.analytics.monitoring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.IntegrationTest;
import org.junit.jupiter.api.Test;

@MicronautTest
class OperationsIT extends IntegrationTest {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  @Test
  void shouldReportHealthUpWithTheDatabaseReachable() {
    Api.Answer answer = new Api(client, json).get("/health");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(new Api(client, json).parse(answer.body())).containsEntry("status", "UP");
  }

  @Test
  void shouldServePrometheusMetricsIncludingConsumption() {
    Api.Answer answer = new Api(client, json).get("/metrics");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/plain");
    assertThat(new String(answer.body(), UTF_8))
        .contains("# TYPE analytics_ingest_retries_total counter")
        .contains("jvm_memory_used_bytes")
        .contains("hikaricp_connections");
  }
}
