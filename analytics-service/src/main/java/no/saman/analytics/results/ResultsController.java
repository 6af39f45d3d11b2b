package no.saman.analytics.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.ProblemException;

/** The results of one group of a round: a unit with its sub-units, or the whole municipality. */
@Controller("/api/rounds")
@ExecuteOn(TaskExecutors.BLOCKING)
class ResultsController {

  private final GroupSnapshots snapshots;
  private final ResultsAssembler assembler;

  ResultsController(GroupSnapshots snapshots, ResultsAssembler assembler) {
    this.snapshots = snapshots;
    this.assembler = assembler;
  }

  /**
   * @param id the round
   * @param unit a unit code; without it, the whole municipality
   */
  @Get("/{id}/results{?unit}")
  GroupResult results(@PathVariable String id, @Nullable @QueryValue String unit) {
    if (unit != null && unit.isBlank()) {
      throw ProblemException.invalidParameters(
          List.of(new Problem.InvalidParam("unit", "must be a unit code when given")));
    }
    return assembler.toResult(snapshots.read(id, unit, List.of()));
  }
}
