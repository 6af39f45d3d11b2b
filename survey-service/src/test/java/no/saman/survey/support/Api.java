package no.saman.survey.support;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A plain HTTP client for tests: sends JSON, returns status, content type and parsed body. */
public final class Api {

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private final ObjectMapper json;

  public Api(URI base, ObjectMapper json) {
    this.base = base;
    this.json = json;
  }

  /** A response as a test sees it. */
  public record Answer(int status, String contentType, String body, ObjectMapper json) {
    @SuppressWarnings("unchecked")
    public Map<String, Object> map() {
      try {
        return json.readValue(body, Map.class);
      } catch (IOException e) {
        throw new UncheckedIOException("Not a JSON object: " + body, e);
      }
    }
  }

  public Answer put(String path, Object body) {
    return send("PUT", path, body);
  }

  public Answer post(String path, Object body) {
    return send("POST", path, body);
  }

  public Answer postRaw(String path, String rawBody) {
    return exchange(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(rawBody))
            .build());
  }

  public Answer get(String path) {
    return exchange(HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  private Answer send(String method, String path, Object body) {
    try {
      return exchange(
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Answer exchange(HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
