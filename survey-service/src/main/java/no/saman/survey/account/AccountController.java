package no.saman.survey.account;

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
import no.saman.survey.problem.Problem;

/** Sign-in and user administration. */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api")
@Validated
public class AccountController {

  private final AccountService service;

  public AccountController(AccountService service) {
    this.service = service;
  }

  @Post("/login")
  @Secured(SecurityRule.IS_ANONYMOUS)
  public AccountCommands.AccessToken login(@Valid @Body AccountCommands.Login body) {
    return service.login(body);
  }

  @Post("/users")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  public HttpResponse<AccountCommands.UserView> create(
      Authentication who, @Valid @Body AccountCommands.CreateUser body) {
    Scope.requireAdmin(who);
    return HttpResponse.created(AccountCommands.UserView.of(service.create(body)));
  }
}
