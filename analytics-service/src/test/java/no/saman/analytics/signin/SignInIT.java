package no.saman.analytics.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through this service while survey-service cannot be reached: the page gets a 503 problem
 * it can explain, never a hang or a 500. That survey-service's own answers (token, 401) come
 * through unchanged is tested against the real survey-service in infra/stack's ResultsPageIT.
 */
@MicronautTest
class SignInIT extends IntegrationTest {

  private static final int CLOSED_PORT = closedPort();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("analytics.survey-url", "http://127.0.0.1:" + CLOSED_PORT);
    return properties;
  }

  @Test
  void shouldAnswer503AsAProblemWhenSurveyServiceCannotBeReached() {
    Api.Answer answer =
        new Api(client, json)
            .post("/api/login", Map.of("username", "hr.fraena", "password", "whatever-it-is"));

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    Map<String, Object> problem = new Api(client, json).parse(answer.body());
    assertThat(problem)
        .containsEntry("status", 503)
        .containsEntry("instance", "/api/login")
        .containsEntry("type", "https://saman.no/problems/unavailable");
    assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("whatever-it-is");
  }

  @Test
  void shouldRefuseABodyThatIsNotJsonAsAProblemWithoutAskingSurveyService() {
    Api.Answer answer =
        new Api(client, json).post("/api/login", "username=a&password=b", "text/plain");

    assertThat(answer.status()).isBetween(400, 415);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  /** A port nothing listens on: taken from the system and released at once. */
  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
