package no.saman.analytics.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives the framework's own errors (no such route, a parameter that does not convert, a body that
 * is not JSON or has a field of the wrong type, a failure nobody handled) the same problem+json
 * shape as the service's, naming the JSON field and what was expected in the client's terms, and
 * never reveals the internals of the service: the framework's messages name Java classes.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

  /** What a framework message must not show a client: class, package and library names. */
  private static final Pattern INTERNAL =
      Pattern.compile(
          "no\\.saman|java\\.|javax\\.|jakarta\\.|io\\.micronaut|com\\.fasterxml|Exception|\\$"
              + "|\\bclass\\b|Argument|\\[[A-Z][A-Za-z]+ [a-z][A-Za-z]*\\]");

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    HttpStatus status = response.status();
    List<Problem.InvalidParam> errors =
        status.getCode() >= 500
            ? List.of()
            : context
                .getRootCause()
                .flatMap(FieldPaths::of)
                .orElseGet(
                    () ->
                        context.getErrors().stream()
                            .filter(e -> e.getPath().isPresent())
                            .map(
                                e ->
                                    new Problem.InvalidParam(
                                        parameterName(e), clean(e.getMessage())))
                            .toList());
    Problem problem =
        new Problem(
            "about:blank",
            status.getReason(),
            status.getCode(),
            detail(status, context, errors),
            context.getRequest().getPath(),
            errors);
    return response.contentType(Problem.MEDIA_TYPE).body(problem);
  }

  private static String detail(
      HttpStatus status, ErrorContext context, List<Problem.InvalidParam> errors) {
    if (status.getCode() >= 500) {
      return "The service failed to answer; the failure has been logged.";
    }
    if (!errors.isEmpty()) {
      return errors.get(0).name() + ": " + errors.get(0).reason();
    }
    return context.getErrors().stream()
        .map(Error::getMessage)
        .map(ProblemErrorResponseProcessor::clean)
        .findFirst()
        .orElse(null);
  }

  private static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "is not valid";
    }
    if (message.startsWith("Required Body")) {
      return "a body is required";
    }
    return INTERNAL.matcher(message).find() ? "is not valid" : message;
  }

  /** The last segment of the error's path: {@code /format} or {@code report.format} → format. */
  private static String parameterName(Error error) {
    String path = error.getPath().orElseThrow();
    String[] segments = path.split("[/.]");
    return segments.length == 0 ? path : segments[segments.length - 1];
  }
}
