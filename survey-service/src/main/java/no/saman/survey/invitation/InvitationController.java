package no.saman.survey.invitation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import no.saman.survey.account.Scope;
import no.saman.survey.problem.Problem;
import no.saman.survey.round.RoundService;

/** Hands out one-time anonymous links: admins, and HR of the round's municipality. */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/rounds/{id}/invitations")
@Validated
@Secured(SecurityRule.IS_AUTHENTICATED)
public class InvitationController {

  private final InvitationService service;
  private final RoundService rounds;

  public InvitationController(InvitationService service, RoundService rounds) {
    this.service = service;
    this.rounds = rounds;
  }

  @Post
  public HttpResponse<InvitationCommands.IssuedInvitations> issue(
      Authentication who, String id, @Valid @Body InvitationCommands.CreateInvitations body) {
    Scope.requireMunicipality(who, rounds.find(id).municipality());
    return HttpResponse.created(service.issue(id, body));
  }
}
