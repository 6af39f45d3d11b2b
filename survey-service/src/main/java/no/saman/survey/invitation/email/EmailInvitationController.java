package no.saman.survey.invitation.email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import no.saman.survey.account.Scope;
import no.saman.survey.problem.Problem;
import no.saman.survey.problem.ProblemException;
import no.saman.survey.round.RoundService;

/**
 * E-mail invitations for a unit: a JSON body {@code {unit, addresses}}, or a text/CSV upload of one
 * address per line with {@code ?unit=}; admins, and HR of the round's municipality.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/rounds/{id}/invitations/email")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class EmailInvitationController {

  private final EmailInvitationService service;
  private final RoundService rounds;
  private final ObjectMapper json;

  public EmailInvitationController(
      EmailInvitationService service, RoundService rounds, ObjectMapper json) {
    this.service = service;
    this.rounds = rounds;
    this.json = json;
  }

  @Post(consumes = {MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN})
  public HttpResponse<EmailCommands.EmailsSent> invite(
      Authentication who,
      String id,
      HttpRequest<?> request,
      @Nullable @QueryValue String unit,
      @Nullable @Body String body) {
    Scope.requireMunicipality(who, rounds.find(id).municipality());
    String text = body == null ? "" : body;
    boolean isJson = request.getContentType().map(t -> t.getSubtype().equals("json")).orElse(false);
    if (isJson) {
      EmailCommands.EmailInvitations command = parse(text);
      return HttpResponse.created(service.invite(id, command.unit(), command.addresses()));
    }
    return HttpResponse.created(service.invite(id, unit, AddressList.lines(text)));
  }

  private EmailCommands.EmailInvitations parse(String text) {
    try {
      EmailCommands.EmailInvitations command =
          json.readValue(text, EmailCommands.EmailInvitations.class);
      if (command == null) {
        throw ProblemException.invalid("body", "expected {unit, addresses}");
      }
      return command;
    } catch (IOException e) {
      throw ProblemException.invalid("body", "is not the JSON {unit, addresses}");
    }
  }
}
