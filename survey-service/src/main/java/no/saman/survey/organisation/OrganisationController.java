package no.saman.survey.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
import no.saman.survey.organisation.importing.ImportResult;
import no.saman.survey.problem.Problem;
import no.saman.survey.problem.ProblemException;
import no.saman.survey.problem.Problems;

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
  private final UnitImportService imports;
  private final MunicipalityRepository municipalities;
  private final UnitRepository units;

  public OrganisationController(
      OrganisationService service,
      UnitImportService imports,
      MunicipalityRepository municipalities,
      UnitRepository units) {
    this.service = service;
    this.imports = imports;
    this.municipalities = municipalities;
    this.units = units;
  }

  /** The municipality and its whole unit tree, for the console. */
  @Get("/{code}/units")
  public OrganisationView.Tree units(
      Authentication who,
      @Pattern(regexp = "[0-9]{4}", message = "must be a 4-digit kommunenummer") String code) {
    Scope.requireMunicipality(who, code);
    Municipality m =
        municipalities
            .findById(code)
            .orElseThrow(() -> ProblemException.notFound("No municipality " + code));
    return OrganisationView.Tree.of(m, units.findByKeyMunicipalityOrderByKeyCode(code));
  }

  /**
   * Imports the unit tree from an HR system's CSV file; a dry run, and a file with any rejected
   * line, store nothing. A file with rejected lines is a 422 for the dry run too: the preview is in
   * the problem's members, and a client that skips the preview cannot mistake it for a good file.
   */
  @Post("/{code}/units/import{?dryRun}")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public HttpResponse<?> importUnits(
      Authentication who,
      @Pattern(regexp = "[0-9]{4}", message = "must be a 4-digit kommunenummer") String code,
      @Nullable @QueryValue Boolean dryRun,
      @Body byte[] file) {
    Scope.requireMunicipality(who, code);
    boolean dry = !Boolean.FALSE.equals(dryRun);
    ImportResult result = imports.run(code, file, dry).result();
    if (!result.rejected().isEmpty()) {
      return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
          .contentType(MediaType.of(Problems.MEDIA_TYPE))
          .body(UnitImportProblem.of(result));
    }
    return HttpResponse.ok(result);
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
