package no.saman.survey.support;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** A plain HTTP client for tests: sends JSON, returns status, content type and parsed body. */
public final class Api {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final URI base;
  private final ObjectMapper json;
  private final String bearer;

  public Api(URI base, ObjectMapper json) {
    this(base, json, null);
  }

  private Api(URI base, ObjectMapper json, String bearer) {
    this.base = base;
    this.json = json;
    this.bearer = bearer;
  }

  /** The same client, sending {@code Authorization: Bearer <accessToken>}. */
  public Api withToken(String accessToken) {
    return new Api(base, json, accessToken);
  }

  /** Signs in and returns a client that sends the access token. */
  public Api signedInAs(String username, String password) {
    Answer answer = post("/api/login", Map.of("username", username, "password", password));
    if (answer.status() != 200) {
      throw new IllegalStateException("Sign-in failed for " + username + ": " + answer.body());
    }
    return withToken((String) answer.map().get("access_token"));
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

    @SuppressWarnings("unchecked")
    public List<Object> list() {
      try {
        return json.readValue(body, io.micronaut.core.type.Argument.listOf(Object.class));
      } catch (IOException e) {
        throw new UncheckedIOException("Not a JSON array: " + body, e);
      }
    }
  }

  /** A response whose body is kept as bytes, e.g. a PDF. */
  public record Download(int status, String contentType, byte[] body, HttpResponse<byte[]> raw) {
    public String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  public Download download(String path) {
    try {
      HttpResponse<byte[]> r =
          HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Posts a body as it is, with its own content type (e.g. text/csv). */
  public Answer postText(String path, String contentType, String body) {
    return exchange(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public Answer put(String path, Object body) {
    return send("PUT", path, body);
  }

  public Answer post(String path, Object body) {
    return send("POST", path, body);
  }

  public Answer postRaw(String path, String rawBody) {
    return exchange(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(rawBody))
            .build());
  }

  /** Posts a file's bytes as they are, with its content type (an upload such as a CSV file). */
  public Answer postBytes(String path, String contentType, byte[] body) {
    return exchange(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  public Answer get(String path) {
    return exchange(request(path).GET().build());
  }

  private Answer send(String method, String path, Object body) {
    try {
      return exchange(
          request(path)
              .header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
    return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
  }

  private Answer exchange(HttpRequest request) {
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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
