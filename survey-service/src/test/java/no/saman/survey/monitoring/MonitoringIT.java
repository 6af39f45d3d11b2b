package no.saman.survey.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import no.saman.survey.support.Api;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MonitoringIT extends SurveyServiceIT {

  @Test
  void shouldDescribeTheApiInOpenApi() {
    Api.Answer spec = api.get("/openapi");

    assertThat(spec.status()).isEqualTo(200);
    assertThat(spec.body())
        .contains("openapi: 3")
        .contains("/api/rounds/{id}/invitations")
        .contains("/api/survey/{token}/response");
  }

  @Test
  void shouldServePrometheusMetricsAndHealth() {
    Api.Answer metrics = api.get("/metrics");
    Api.Answer health = api.get("/health");

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("UP");
  }

  @Test
  void shouldAnswerAnUnknownPathWithAProblem() {
    Api.Answer answer = api.get("/api/nothing-here");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }
}
