package no.saman.analytics.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to a failure no other handler knows (the framework picks the handler closest to the
 * exception's type, so this one only sees the rest): 503 with Retry-After while the database cannot
 * be reached, otherwise the usual 500, logged. Results are read-only, so asking again is always
 * safe.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
class UnexpectedFailureHandler
    implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureHandler.class);
  private static final String RETRY_AFTER_SECONDS = "5";

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, RuntimeException failure) {
    if (DatabaseUnavailable.causedBy(failure)) {
      LOG.warn(
          "{} {}: database unavailable: {}",
          request.getMethod(),
          request.getPath(),
          failure.getMessage());
      Problem problem =
          ProblemException.unavailable("The database is unavailable; try again in a few seconds.")
              .problem()
              .withInstance(request.getPath());
      return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
          .contentType(Problem.MEDIA_TYPE)
          .header("Retry-After", RETRY_AFTER_SECONDS)
          .body(problem);
    }
    LOG.error("{} {} failed", request.getMethod(), request.getPath(), failure);
    return HttpResponse.<Problem>status(HttpStatus.INTERNAL_SERVER_ERROR)
        .contentType(Problem.MEDIA_TYPE)
        .body(
            new Problem(
                "about:blank",
                "Internal Server Error",
                500,
                "The service could not handle the request; try again later.",
                request.getPath(),
                null));
  }
}
