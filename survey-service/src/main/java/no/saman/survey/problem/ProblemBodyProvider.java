package no.saman.survey.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.List;
import no.saman.web.problem.FieldPaths;
import no.saman.web.problem.FrameworkMessages;

/**
 * Makes the framework's own errors (malformed JSON, a field of the wrong type, unknown route, bad
 * parameter, constraint violation) problem+json too, each naming the JSON field it is about and
 * what was expected there, in the client's terms: the framework's messages name Java classes.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

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
            .map(fields -> fields.stream().map(f -> new Problem.FieldError(f.name(), f.reason())))
            .map(java.util.stream.Stream::toList)
            .orElseGet(
                () ->
                    context.getErrors().stream()
                        .map(
                            e ->
                                new Problem.FieldError(
                                    e.getPath()
                                        .map(FrameworkMessages::parameterName)
                                        .orElse("body"),
                                    FrameworkMessages.clean(e.getMessage())))
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
}
