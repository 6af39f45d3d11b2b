package no.saman.analytics.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import no.saman.web.problem.FieldPaths;
import no.saman.web.problem.FrameworkMessages;

/**
 * Gives the framework's own errors (no such route, a parameter that does not convert, a body that
 * is not JSON or has a field of the wrong type, a failure nobody handled) the same problem+json
 * shape as the service's, naming the JSON field and what was expected in the client's terms, and
 * never reveals the internals of the service: the framework's messages name Java classes.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

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
                .map(
                    fields ->
                        fields.stream()
                            .map(f -> new Problem.InvalidParam(f.name(), f.reason()))
                            .toList())
                .orElseGet(
                    () ->
                        context.getErrors().stream()
                            .filter(e -> e.getPath().isPresent())
                            .map(
                                e ->
                                    new Problem.InvalidParam(
                                        FrameworkMessages.parameterName(e.getPath().orElseThrow()),
                                        FrameworkMessages.clean(e.getMessage())))
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
        .map(FrameworkMessages::clean)
        .findFirst()
        .orElse(null);
  }
}
