package no.saman.analytics.recruitment;

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

/** KS's recruitment scenario: how much of a need for more FTE today's staff's wishes cover. */
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
class RecruitmentController {

  private final RoundReader reader;
  private final RecruitmentService recruitment;
  private final Scope scope;

  RecruitmentController(RoundReader reader, RecruitmentService recruitment, Scope scope) {
    this.reader = reader;
    this.recruitment = recruitment;
    this.scope = scope;
  }

  /**
   * @param id the round
   * @param unit a unit code; without it, the whole municipality
   * @param need the full-time equivalents needed, a positive number; without it, the hidden reserve
   *     only
   */
  @Get("/{id}/recruitment{?unit,need}")
  RecruitmentView recruitment(
      Authentication who,
      @PathVariable String id,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String need) {
    List<Problem.InvalidParam> errors = new ArrayList<>();
    if (unit != null && unit.isBlank()) {
      errors.add(new Problem.InvalidParam("unit", "must be a unit code when given"));
    }
    Double fte = null;
    if (need != null) {
      try {
        fte = Double.parseDouble(need.trim());
      } catch (NumberFormatException e) {
        fte = Double.NaN;
      }
      if (!(fte > 0 && fte <= RecruitmentService.LARGEST_NEED)) {
        errors.add(
            new Problem.InvalidParam(
                "need", "must be a number of full-time equivalents above 0 and at most 100000"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidParameters(errors);
    }
    scope.requireHrOf(who, reader.round(id).municipality());
    return recruitment.scenario(id, unit, fte);
  }
}
