package no.saman.analytics.monitoring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.TestEvents;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.SharedKafka;
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

  @Test
  @SuppressWarnings("unchecked")
  void shouldReportLagLastEventTimeAndDeadLettersToAdmins() {
    Api admin = new Api(client, json).as(Tokens.admin());
    String round = uniqueRound("1548-status");
    try (TestEvents events = new TestEvents(SharedKafka.bootstrapServers())) {
      events.send(TestEvents.RESPONSES, "1548", "not json " + round);
      events.sendResponses(round, List.of("1548", "1548-HEIM"), List.of(Map.of("H1", 60)));
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              Map<String, Object> status = admin.json("/api/status");
              assertThat(status).containsEntry("group", groupId).containsKey("lastEventTime");
              assertThat(Api.number(status, "deadLetteredSinceStart")).isGreaterThanOrEqualTo(1L);
              assertThat(Api.number(status, "deadLettered")).isGreaterThanOrEqualTo(1L);
              List<Map<String, Object>> partitions =
                  (List<Map<String, Object>>) status.get("partitions");
              assertThat(partitions)
                  .filteredOn(p -> TestEvents.RESPONSES.equals(p.get("topic")))
                  .isNotEmpty()
                  .allSatisfy(
                      p -> {
                        assertThat(Api.number(p, "lag")).isZero();
                        if (Api.number(p, "end") > 0) {
                          assertThat(p.get("committed")).isEqualTo(p.get("end"));
                        }
                      });
            });
    assertThat(Instant.parse(admin.json("/api/status").get("lastEventTime").toString()))
        .isAfter(Instant.now().minusSeconds(600));
  }
}
