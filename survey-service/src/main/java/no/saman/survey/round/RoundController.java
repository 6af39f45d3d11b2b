package no.saman.survey.round;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import no.saman.survey.account.Scope;
import no.saman.survey.problem.Problem;
import no.saman.survey.problem.ProblemException;

/** Launches, follows and closes survey rounds: admins, and HR of the round's municipality. */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/rounds")
@Validated
@Secured(SecurityRule.IS_AUTHENTICATED)
public class RoundController {

  private final RoundService service;
  private final RoundProgressQuery progress;

  public RoundController(RoundService service, RoundProgressQuery progress) {
    this.service = service;
    this.progress = progress;
  }

  @Post
  public HttpResponse<RoundView> create(
      Authentication who, @Valid @Body RoundCommands.CreateRound body) {
    Scope.requireMunicipality(who, body.municipality());
    return HttpResponse.created(RoundView.of(service.create(body), service.today()));
  }

  /** A municipality's rounds, latest first, with today's date in its zone. */
  @Get("{?municipality}")
  public RoundList list(Authentication who, @Nullable @QueryValue String municipality) {
    if (municipality == null || !municipality.matches("[0-9]{4}")) {
      throw ProblemException.invalid("municipality", "is required: a 4-digit kommunenummer");
    }
    Scope.requireMunicipality(who, municipality);
    LocalDate today = service.today();
    return new RoundList(
        municipality,
        today,
        service.ofMunicipality(municipality).stream().map(r -> RoundView.of(r, today)).toList());
  }

  /** Moves the last day of the window later; the round event tells analytics. */
  @Post("/{id}/extend")
  public RoundView extend(Authentication who, String id, @Valid @Body RoundCommands.Extend body) {
    scoped(who, id);
    return RoundView.of(service.extend(id, body.closes()), service.today());
  }

  @Get("/{id}")
  public RoundView get(Authentication who, String id) {
    return RoundView.of(scoped(who, id), service.today());
  }

  @Get("/{id}/progress")
  public RoundProgress progress(Authentication who, String id) {
    scoped(who, id);
    return progress.progress(id);
  }

  @Post("/{id}/close")
  public RoundView close(Authentication who, String id) {
    scoped(who, id);
    return RoundView.of(service.close(id), service.today());
  }

  private SurveyRound scoped(Authentication who, String id) {
    SurveyRound round = service.find(id);
    Scope.requireMunicipality(who, round.municipality());
    return round;
  }
}
