package no.saman.analytics.status;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.saman.analytics.access.Scope;
import no.saman.analytics.problem.Problem;

/** How consumption stands, for administrators: lag per partition, last event, dead letters. */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/status")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class StatusController {

  private final ConsumerStatus status;
  private final Scope scope;

  StatusController(ConsumerStatus status, Scope scope) {
    this.status = status;
    this.scope = scope;
  }

  @Get
  Status status(Authentication who) {
    scope.requireAdmin(who);
    return status.read();
  }
}
