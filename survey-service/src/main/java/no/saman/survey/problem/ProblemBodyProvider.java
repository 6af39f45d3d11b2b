package no.saman.survey.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes the framework's own errors (malformed JSON, a field of the wrong type, unknown route, bad
 * parameter, constraint violation) problem+json too, each naming the JSON field it is about and
 * what was expected there, in the client's terms: the framework's messages name Java classes.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

  /** What a framework message must not show a client: class, package and library names. */
  private static final Pattern INTERNAL =
      Pattern.compile(
          "no\\.saman|java\\.|javax\\.|jakarta\\.|io\\.micronaut|com\\.fasterxml|Exception|\\$"
              + "|\\bclass\\b|Argument|\\[[A-Z][A-Za-z]+ [a-z][A-Za-z]*\\]");

  @Override
  public Problem body(ErrorContext context, HttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    if (status.getCode() >= 500) {
      return Problem.of(
          status.getCode(),
          status.getReason(),
          "The service could not handle the request; try again later.");
    }
    List<Problem.FieldError> errors =
        context
            .getRootCause()
            .flatMap(FieldPaths::of)
            .orElseGet(
                () ->
                    context.getErrors().stream()
                        .map(
                            e ->
                                new Problem.FieldError(
                                    field(e.getPath().orElse("body")), clean(e.getMessage())))
                        .toList());
    String detail =
        errors.isEmpty()
            ? status.getReason()
            : errors.get(0).field() + ": " + errors.get(0).message();
    return new Problem("about:blank", status.getReason(), status.getCode(), detail, errors);
  }

  @Override
  public String contentType() {
    return Problems.MEDIA_TYPE;
  }

  /** The last segment of a parameter path: {@code /code} or {@code put.code} → {@code code}. */
  private static String field(String path) {
    String[] parts = path.split("[/.]");
    return parts.length == 0 ? path : parts[parts.length - 1];
  }

  private static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "is not valid";
    }
    if (message.startsWith("Required Body")) {
      return "a JSON body is required";
    }
    return INTERNAL.matcher(message).find() ? "is not valid" : message;
  }
}
