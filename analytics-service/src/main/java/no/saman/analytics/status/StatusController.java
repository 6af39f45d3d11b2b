package no.saman.analytics.status;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.saman.analytics.access.Scope;

/** How consumption stands, for administrators: lag per partition, last event, dead letters. */
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
