package no.saman.survey.network;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import no.saman.survey.account.Scope;
import no.saman.survey.problem.Problem;

/** Maintains networks of municipalities (admins). */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/networks")
@Validated
@Secured(SecurityRule.IS_AUTHENTICATED)
public class NetworkController {

  private final NetworkService service;

  public NetworkController(NetworkService service) {
    this.service = service;
  }

  @Put("/{id}")
  public NetworkCommands.NetworkView put(
      Authentication who,
      @Pattern(
              regexp = "[a-z0-9][a-z0-9-]{0,63}",
              message = "must be 1-64 lower-case letters, digits or -")
          String id,
      @Valid @Body NetworkCommands.PutNetwork body) {
    Scope.requireAdmin(who);
    return service.put(id, body);
  }
}
