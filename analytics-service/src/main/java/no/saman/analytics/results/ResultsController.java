package no.saman.analytics.results;

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
import no.saman.analytics.statistics.Segment;

/**
 * The results of one group of a round — a unit with its sub-units, or the whole municipality —
 * optionally broken down by a background dimension.
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
class ResultsController {

  private final RoundReader reader;
  private final RoundResults results;
  private final ResultsAssembler assembler;
  private final Scope scope;

  ResultsController(
      RoundReader reader, RoundResults results, ResultsAssembler assembler, Scope scope) {
    this.reader = reader;
    this.results = results;
    this.assembler = assembler;
    this.scope = scope;
  }

  /**
   * @param id the round
   * @param unit a unit code; without it, the whole municipality
   * @param breakdown occupation, ageBand or tenureBand
   */
  @Get("/{id}/results{?unit,breakdown}")
  GroupResult results(
      Authentication who,
      @PathVariable String id,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String breakdown) {
    List<Problem.InvalidParam> errors = new ArrayList<>();
    if (unit != null && unit.isBlank()) {
      errors.add(new Problem.InvalidParam("unit", "must be a unit code when given"));
    }
    if (breakdown != null && !Segment.DIMENSIONS.contains(breakdown)) {
      errors.add(
          new Problem.InvalidParam(
              "breakdown", "must be one of " + String.join(", ", Segment.DIMENSIONS)));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidParameters(errors);
    }
    scope.requireHrOf(who, reader.round(id).municipality());
    return assembler.toResult(results.group(id, unit, breakdown));
  }
}
