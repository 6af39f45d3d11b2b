package no.saman.analytics.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Gives the framework's own errors (no such route, a parameter that does not convert, a failure
 * nobody handled) the same problem+json shape as the service's, and never reveals the internals of
 * a server error.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    HttpStatus status = response.status();
    List<Problem.InvalidParam> errors =
        context.getErrors().stream()
            .filter(e -> e.getPath().isPresent())
            .map(e -> new Problem.InvalidParam(parameterName(e), e.getMessage()))
            .toList();
    Problem problem =
        new Problem(
            "about:blank",
            status.getReason(),
            status.getCode(),
            detail(status, context),
            context.getRequest().getPath(),
            errors);
    return response.contentType(Problem.MEDIA_TYPE).body(problem);
  }

  private static String detail(HttpStatus status, ErrorContext context) {
    if (status.getCode() >= 500) {
      return "The service failed to answer; the failure has been logged.";
    }
    return context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null);
  }

  /** The last segment of the error's path: {@code /format} or {@code report.format} → format. */
  private static String parameterName(Error error) {
    String path = error.getPath().orElseThrow();
    String[] segments = path.split("[/.]");
    return segments.length == 0 ? path : segments[segments.length - 1];
  }
}
