package no.saman.web.json;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonSyntaxException;

/**
 * Refuses a JSON body that is not strict UTF-8 before any controller reads it, with the same 400
 * problem a malformed body gets ({@code body}: must be UTF-8 encoded JSON): the parser would
 * otherwise read an overlong or surrogate sequence as a character the client never sent.
 */
@ServerFilter(
    value = ServerFilter.MATCH_ALL_PATTERN,
    methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
public class Utf8BodyFilter {

  @RequestFilter
  public void requireUtf8(HttpRequest<?> request, @Nullable @Body byte[] body)
      throws JsonSyntaxException {
    if (body == null || !isJson(request)) {
      return;
    }
    int invalid = StrictUtf8.firstInvalidByte(body);
    if (invalid >= 0) {
      throw new JsonSyntaxException(new InvalidUtf8Body(invalid));
    }
  }

  private static boolean isJson(HttpRequest<?> request) {
    return request
        .getContentType()
        .map(MediaType::getSubtype)
        .map(subtype -> subtype.equals("json") || subtype.endsWith("+json"))
        .orElse(false);
  }
}
