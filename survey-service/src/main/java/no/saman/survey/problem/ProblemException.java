package no.saman.survey.problem;

import io.micronaut.http.HttpStatus;
import java.util.List;

/** Ends a request with a problem+json answer; thrown inside a transaction it also rolls it back. */
public class ProblemException extends RuntimeException {

  private final HttpStatus status;
  private final List<Problem.FieldError> errors;

  public ProblemException(HttpStatus status, String detail) {
    this(status, detail, List.of());
  }

  public ProblemException(HttpStatus status, String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  public static ProblemException invalid(List<Problem.FieldError> errors) {
    return new ProblemException(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors);
  }

  public static ProblemException invalid(String field, String message) {
    return invalid(List.of(new Problem.FieldError(field, message)));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(HttpStatus.NOT_FOUND, detail);
  }

  public Problem toProblem() {
    return new Problem("about:blank", status.getReason(), status.getCode(), getMessage(), errors);
  }

  public HttpStatus status() {
    return status;
  }
}
