package no.saman.survey.invitation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;

/** Hands out one-time anonymous links. Sign-in and scope checks come with accounts. */
@Controller("/api/rounds/{id}/invitations")
@Validated
public class InvitationController {

  private final InvitationService service;

  public InvitationController(InvitationService service) {
    this.service = service;
  }

  @Post
  public HttpResponse<InvitationCommands.IssuedInvitations> issue(
      String id, @Valid @Body InvitationCommands.CreateInvitations body) {
    return HttpResponse.created(service.issue(id, body));
  }
}
