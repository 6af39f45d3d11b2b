package no.saman.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON-over-HTTP client for the demo loader and the end-to-end test. */
public final class JsonHttp {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final String bearer;

  public JsonHttp(URI base) {
    this(base, null);
  }

  private JsonHttp(URI base, String bearer) {
    this.base = base;
    this.bearer = bearer;
  }

  /** The same client, sending the access token. */
  public JsonHttp withToken(String accessToken) {
    return new JsonHttp(base, accessToken);
  }

  /** Signs in at {@code /api/login} and returns the access token. */
  public String login(String username, String password) {
    return ok(
            post("/api/login", java.util.Map.of("username", username, "password", password)),
            "Signing in as " + username)
        .get("access_token")
        .asText();
  }

  /** A status and a body. */
  public record Reply(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON: " + body, e);
      }
    }
  }

  public Reply put(String path, Object body) {
    return send("PUT", path, body);
  }

  public Reply post(String path, Object body) {
    return send("POST", path, body);
  }

  public Reply get(String path) {
    return exchange(request(path).GET().build());
  }

  public byte[] getBytes(String path) {
    try {
      HttpResponse<byte[]> r =
          HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Like {@link #put}/{@link #post} but fails unless the status is 2xx. */
  public JsonNode ok(Reply reply, String what) {
    if (reply.status() / 100 != 2) {
      throw new IllegalStateException(
          what + " failed with " + reply.status() + ": " + reply.body());
    }
    return reply.json();
  }

  /** Posts a CSV file as HR's upload would. */
  public Reply postCsv(String path, String csv) {
    return exchange(
        request(path)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv, java.nio.charset.StandardCharsets.UTF_8))
            .build());
  }

  private Reply send(String method, String path, Object body) {
    try {
      return exchange(
          request(path)
              .header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
    return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
  }

  private Reply exchange(HttpRequest request) {
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
