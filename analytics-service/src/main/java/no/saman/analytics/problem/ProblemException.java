package no.saman.analytics.problem;

import java.util.List;

/** Ends a request with a problem answer; thrown by services for what the client got wrong. */
public class ProblemException extends RuntimeException {

  private static final String TYPES = "https://saman.no/problems/";

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  /** 404: the thing the request names does not exist. */
  public static ProblemException notFound(String detail) {
    return new ProblemException(
        new Problem(TYPES + "not-found", "Not found", 404, detail, null, null));
  }

  /** 403: signed in, but the data belongs to someone else's scope. */
  public static ProblemException forbidden(String detail) {
    return new ProblemException(
        new Problem(TYPES + "forbidden", "Forbidden", 403, detail, null, null));
  }

  /** 503: a service this one depends on cannot be reached; try again later. */
  public static ProblemException unavailable(String detail) {
    return new ProblemException(
        new Problem(TYPES + "unavailable", "Service unavailable", 503, detail, null, null));
  }

  /** 400: one or more parameters are missing or invalid; each one is named. */
  public static ProblemException invalidParameters(List<Problem.InvalidParam> errors) {
    return new ProblemException(
        new Problem(
            TYPES + "invalid-parameters",
            "Invalid parameters",
            400,
            "The request has invalid parameters: "
                + String.join(", ", errors.stream().map(Problem.InvalidParam::name).toList()),
            null,
            List.copyOf(errors)));
  }
}
