package no.saman.survey.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to a failure no other handler knows (the framework picks the handler closest to the
 * exception's type, so this one only sees the rest): 503 with Retry-After while the database cannot
 * be reached — the request changed nothing and can simply be sent again — and otherwise the usual
 * 500, logged.
 */
@Singleton
@Produces(Problems.MEDIA_TYPE)
public class UnexpectedFailureHandler
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
      return Problems.response(
              Problem.of(
                  503,
                  "Service Unavailable",
                  "The database is unavailable; try again in a few seconds."))
          .header("Retry-After", RETRY_AFTER_SECONDS);
    }
    LOG.error("{} {} failed", request.getMethod(), request.getPath(), failure);
    return Problems.response(
        Problem.of(
            500,
            "Internal Server Error",
            "The service could not handle the request; try again later."));
  }
}
