package no.saman.survey.organisation;

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

/** Registers municipalities (admins) and their unit trees (admins and the municipality's HR). */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/municipalities")
@Validated
@Secured(SecurityRule.IS_AUTHENTICATED)
public class OrganisationController {

  private final OrganisationService service;

  public OrganisationController(OrganisationService service) {
    this.service = service;
  }

  @Put("/{code}")
  public OrganisationView.MunicipalityView putMunicipality(
      Authentication who,
      @Pattern(regexp = "[0-9]{4}", message = "must be a 4-digit kommunenummer") String code,
      @Valid @Body OrganisationCommands.PutMunicipality body) {
    Scope.requireAdmin(who);
    return OrganisationView.MunicipalityView.of(service.putMunicipality(code, body));
  }

  @Put("/{code}/units/{unit}")
  public OrganisationView.UnitView putUnit(
      Authentication who,
      @Pattern(regexp = "[0-9]{4}", message = "must be a 4-digit kommunenummer") String code,
      @Pattern(
              regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}",
              message = "must be 1-64 letters, digits, - or _")
          String unit,
      @Valid @Body OrganisationCommands.PutUnit body) {
    Scope.requireMunicipality(who, code);
    return OrganisationView.UnitView.of(service.putUnit(code, unit, body));
  }
}
