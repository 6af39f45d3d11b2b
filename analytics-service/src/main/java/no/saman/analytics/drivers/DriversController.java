package no.saman.analytics.drivers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import no.saman.analytics.access.Scope;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.results.RoundReader;

/**
 * Which levers matter most for an outcome in a group of a round: Johnson's relative weights of the
 * drivers with bootstrap intervals, gated at max(3k, 30) complete respondents.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/rounds")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class DriversController {

  private final RoundReader reader;
  private final DriverService drivers;
  private final Scope scope;

  DriversController(RoundReader reader, DriverService drivers, Scope scope) {
    this.reader = reader;
    this.drivers = drivers;
    this.scope = scope;
  }

  /**
   * @param id the round
   * @param unit a unit code; without it, the whole municipality
   * @param outcome K1 (competence use), N6 (intention to stay) or wants_larger
   */
  @Get("/{id}/drivers{?unit,outcome}")
  DriversView drivers(
      Authentication who,
      @PathVariable String id,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String outcome) {
    List<Problem.InvalidParam> errors = new ArrayList<>();
    if (unit != null && unit.isBlank()) {
      errors.add(new Problem.InvalidParam("unit", "must be a unit code when given"));
    }
    if (outcome == null || !DriverCatalogue.OUTCOMES.contains(outcome)) {
      errors.add(
          new Problem.InvalidParam(
              "outcome", "must be one of " + String.join(", ", DriverCatalogue.OUTCOMES)));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidParameters(errors);
    }
    scope.requireHrOf(who, reader.round(id).municipality());
    return drivers.drivers(id, unit, outcome);
  }
}
