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
import java.util.List;
import no.saman.analytics.access.Scope;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.ProblemException;

/** The results of one group of a round: a unit with its sub-units, or the whole municipality. */
@Controller("/api/rounds")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ResultsController {

  private final GroupSnapshots snapshots;
  private final ResultsAssembler assembler;
  private final Scope scope;

  ResultsController(GroupSnapshots snapshots, ResultsAssembler assembler, Scope scope) {
    this.snapshots = snapshots;
    this.assembler = assembler;
    this.scope = scope;
  }

  /**
   * @param id the round
   * @param unit a unit code; without it, the whole municipality
   */
  @Get("/{id}/results{?unit}")
  GroupResult results(
      Authentication who, @PathVariable String id, @Nullable @QueryValue String unit) {
    if (unit != null && unit.isBlank()) {
      throw ProblemException.invalidParameters(
          List.of(new Problem.InvalidParam("unit", "must be a unit code when given")));
    }
    scope.requireHrOf(who, snapshots.municipalityOf(id));
    return assembler.toResult(snapshots.read(id, unit, List.of()));
  }
}
