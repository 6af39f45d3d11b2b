package no.saman.analytics.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Calls the running service over real HTTP and reads answers as plain JSON maps. */
public final class Api {

  private final HttpClient client;
  private final ObjectMapper json;
  private final String token;

  /** Calls without a token, as an anonymous client. */
  public Api(HttpClient client, ObjectMapper json) {
    this(client, json, null);
  }

  private Api(HttpClient client, ObjectMapper json, String token) {
    this.client = client;
    this.json = json;
    this.token = token;
  }

  /** The same client signed in with the given bearer token. */
  public Api as(String bearerToken) {
    return new Api(client, json, bearerToken);
  }

  /** An answer of the service, whatever its status. */
  public record Answer(int status, String contentType, String disposition, byte[] body) {}

  public Answer get(String path) {
    return send(HttpRequest.GET(path));
  }

  /** A POST of a JSON body. */
  public Answer post(String path, Object body) {
    return send(HttpRequest.POST(path, body));
  }

  /** A PUT of a JSON body. */
  public Answer put(String path, Object body) {
    return send(HttpRequest.PUT(path, body));
  }

  /** A POST of a text body with the given content type. */
  public Answer post(String path, String body, String contentType) {
    return send(HttpRequest.POST(path, body).contentType(contentType));
  }

  private Answer send(MutableHttpRequest<?> request) {
    if (token != null) {
      request.bearerAuth(token);
    }
    HttpResponse<?> response;
    try {
      response = client.toBlocking().exchange(request, byte[].class);
    } catch (HttpClientResponseException e) {
      response = e.getResponse();
    }
    return new Answer(
        response.code(),
        response.getContentType().map(MediaType::toString).orElse(null),
        response.getHeaders().get("Content-Disposition"),
        response.getBody(byte[].class).orElse(new byte[0]));
  }

  /** The JSON body of a GET as a map. */
  public Map<String, Object> json(String path) {
    return parse(get(path).body());
  }

  public Map<String, Object> parse(byte[] body) {
    try {
      return json.readValue(body, Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON array body as a list. */
  public List<Object> parseList(byte[] body) {
    try {
      return json.readValue(body, Argument.listOf(Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The indicator of a result with the given id. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> indicator(Map<String, Object> result, String id) {
    return ((List<Map<String, Object>>) result.get("indicators"))
        .stream()
            .filter(i -> id.equals(i.get("id")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no indicator " + id + " in " + result));
  }

  /** A JSON number as a long, null when absent. */
  public static Long number(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null ? null : ((Number) value).longValue();
  }
}
