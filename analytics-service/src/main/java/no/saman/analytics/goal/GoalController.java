package no.saman.analytics.goal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import no.saman.analytics.access.Scope;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.Problem.InvalidParam;
import no.saman.analytics.problem.ProblemException;

/** Sets goals for a municipality or unit and follows their progress wave by wave. */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/goals")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class GoalController {

  private final GoalService goals;
  private final Scope scope;

  GoalController(GoalService goals, Scope scope) {
    this.goals = goals;
    this.scope = scope;
  }

  @Post
  HttpResponse<GoalView> create(Authentication who, @Body GoalCommand command) {
    if (command.municipality() != null) {
      scope.requireHrOf(who, command.municipality());
    }
    return HttpResponse.status(HttpStatus.CREATED).body(goals.create(command));
  }

  /**
   * @param municipality the kommunenummer whose goals to list
   */
  @Get("{?municipality}")
  List<GoalView> list(Authentication who, @Nullable @QueryValue String municipality) {
    if (municipality == null || !municipality.matches("[0-9]{4}")) {
      throw ProblemException.invalidParameters(
          List.of(new InvalidParam("municipality", "is required: a 4-digit kommunenummer")));
    }
    scope.requireHrOf(who, municipality);
    return goals.ofMunicipality(municipality);
  }
}
