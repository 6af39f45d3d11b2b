package no.saman.survey.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Makes the framework's own errors (malformed JSON, unknown route, bad parameter, constraint
 * violation) problem+json too, each naming the field it is about where there is one.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

  @Override
  public Problem body(ErrorContext context, HttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    List<Problem.FieldError> errors =
        context.getErrors().stream()
            .map(e -> new Problem.FieldError(field(e.getPath().orElse("body")), e.getMessage()))
            .toList();
    if (status.getCode() >= 500) {
      return Problem.of(
          status.getCode(),
          status.getReason(),
          "The service could not handle the request; try again later.");
    }
    String detail = errors.isEmpty() ? status.getReason() : errors.get(0).message();
    return new Problem("about:blank", status.getReason(), status.getCode(), detail, errors);
  }

  @Override
  public String contentType() {
    return Problems.MEDIA_TYPE;
  }

  /**
   * Strips the method and parameter prefix of a constraint path: {@code create.body.title} → {@code
   * title}.
   */
  private static String field(String path) {
    String[] parts = path.split("\\.");
    if (parts.length >= 3 && "body".equals(parts[1])) {
      return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }
    return parts.length >= 2 ? parts[parts.length - 1] : path;
  }
}
