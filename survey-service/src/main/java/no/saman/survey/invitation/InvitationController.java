package no.saman.survey.invitation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import no.saman.survey.account.Scope;
import no.saman.survey.round.RoundService;

/** Hands out one-time anonymous links: admins, and HR of the round's municipality. */
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
