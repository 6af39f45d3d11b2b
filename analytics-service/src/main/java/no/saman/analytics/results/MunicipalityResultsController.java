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
import no.saman.analytics.access.Scope;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.ProblemException;

/**
 * A municipality's results in a wave with its unit table; its network's leader sees the
 * municipality whole, without units.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/municipalities")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class MunicipalityResultsController {

  private final RoundResults results;
  private final ResultsAssembler assembler;
  private final Scope scope;

  MunicipalityResultsController(RoundResults results, ResultsAssembler assembler, Scope scope) {
    this.results = results;
    this.assembler = assembler;
    this.scope = scope;
  }

  /**
   * @param code the kommunenummer
   * @param wave the wave; without it, the municipality's latest
   */
  @Get("/{code}/results{?wave}")
  MunicipalityResult results(
      Authentication who, @PathVariable String code, @Nullable @QueryValue String wave) {
    Scope.View view = scope.requireViewOf(who, code);
    RoundResults.MunicipalityGroups groups =
        results
            .municipality(code, wave, view == Scope.View.UNITS)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "Municipality "
                            + code
                            + " has no round"
                            + (wave == null ? "" : " in wave " + wave)
                            + "."));
    return new MunicipalityResult(
        groups.municipality().round().wave(),
        assembler.toResult(groups.municipality()),
        view == Scope.View.UNITS
            ? groups.units().stream().map(assembler::toResult).toList()
            : null);
  }
}
