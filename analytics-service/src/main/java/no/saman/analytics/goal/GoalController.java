package no.saman.analytics.goal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
  private final MeasureService measures;
  private final Scope scope;

  GoalController(GoalService goals, MeasureService measures, Scope scope) {
    this.goals = goals;
    this.measures = measures;
    this.scope = scope;
  }

  /**
   * Adds a measure (tiltak) to a goal: HR of the goal's municipality and admins only.
   *
   * @param id the goal
   */
  @Post("/{id}/measures")
  HttpResponse<MeasureView> addMeasure(
      Authentication who, @PathVariable long id, @Body MeasureCommand command) {
    Goal goal = measures.goal(id);
    scope.requireHrOf(who, goal.municipality());
    return HttpResponse.status(HttpStatus.CREATED).body(measures.create(goal, command));
  }

  /**
   * Replaces a measure of a goal (its status, milestones and the rest, checked as when it was
   * added): HR of the goal's municipality and admins only.
   *
   * @param id the goal
   * @param measure the measure, one of the goal's
   */
  @Put("/{id}/measures/{measure}")
  MeasureView updateMeasure(
      Authentication who,
      @PathVariable long id,
      @PathVariable long measure,
      @Body MeasureCommand command) {
    Goal goal = measures.goal(id);
    scope.requireHrOf(who, goal.municipality());
    return measures.update(goal, measure, command);
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
    return scope.requireViewOf(who, municipality) == Scope.View.UNITS
        ? goals.ofMunicipality(municipality)
        : goals.ofMunicipalityAsWhole(municipality);
  }
}
