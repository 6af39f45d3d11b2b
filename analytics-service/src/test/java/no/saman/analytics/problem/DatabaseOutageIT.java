package no.saman.analytics.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.support.Api;
import no.saman.analytics.support.IntegrationTest;
import no.saman.analytics.support.Tokens;
import no.saman.infra.testing.TcpProxy;
import no.saman.infra.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * quality.md "database restart": while the database cannot be reached, result requests get a 503
 * problem quickly; once it is back they are answered again without a restart. The real database
 * sits behind a TCP proxy that the test cuts and restores.
 */
@MicronautTest(transactional = false)
class DatabaseOutageIT extends IntegrationTest {

  private final TcpProxy proxy = proxyToDatabase();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ObjectMapper json;

  private static TcpProxy proxyToDatabase() {
    InetSocketAddress server = TestDatabase.serverAddress();
    return TcpProxy.to(server.getHostString(), server.getPort());
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("datasources.default.url", database.jdbcUrlThrough(proxy.port()));
    return properties;
  }

  @AfterAll
  void closeProxy() {
    proxy.close();
  }

  @Test
  void shouldAnswer503WhileTheDatabaseIsDownAndRecoverWithoutARestart() {
    Api api = new Api(client, json).as(Tokens.hr("1548"));
    assertThat(api.get("/api/goals?municipality=1548").status()).isEqualTo(200);

    proxy.cut();
    long start = System.nanoTime();
    List<Api.Answer> during =
        List.of(api.get("/api/goals?municipality=1548"), api.get("/api/rounds?municipality=1548"));
    long millis = (System.nanoTime() - start) / 1_000_000;

    for (Api.Answer answer : during) {
      assertThat(answer.status()).as(new String(answer.body())).isEqualTo(503);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(api.parse(answer.body()))
          .containsEntry("status", 503)
          .containsEntry("type", "https://saman.no/problems/unavailable");
    }
    assertThat(millis).as("answered without waiting for long").isLessThan(20_000);

    proxy.restore();
    Api.Answer after =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> api.get("/api/goals?municipality=1548"), a -> a.status() != 503);
    assertThat(after.status()).isEqualTo(200);
  }
}
