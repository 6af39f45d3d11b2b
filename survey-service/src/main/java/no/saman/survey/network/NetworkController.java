package no.saman.survey.network;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import no.saman.survey.account.Scope;

/** Maintains networks of municipalities (admins). */
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
