package no.saman.analytics.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import no.saman.analytics.access.Scope;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.ProblemException;

/**
 * Takes a municipality's sick-leave register file (text/csv): stores it whole, or only its good
 * lines with {@code partial=true}, and names every bad line.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/register")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class RegisterController {

  private final SickLeaveImport imports;
  private final Scope scope;

  RegisterController(SickLeaveImport imports, Scope scope) {
    this.imports = imports;
    this.scope = scope;
  }

  /**
   * @param municipality the kommunenummer the file is for
   * @param partial store the good lines of a file with bad ones
   */
  @Post("/sick-leave{?municipality,partial}")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  HttpResponse<?> sickLeave(
      Authentication who,
      @Nullable @QueryValue String municipality,
      @Nullable @QueryValue Boolean partial,
      @Body String csv) {
    if (municipality == null || !municipality.matches("[0-9]{4}")) {
      throw ProblemException.invalidParameters(
          List.of(
              new Problem.InvalidParam("municipality", "is required: a 4-digit kommunenummer")));
    }
    scope.requireHrOf(who, municipality);
    ImportResult result = imports.importFile(municipality, csv, Boolean.TRUE.equals(partial));
    if (!Boolean.TRUE.equals(partial) && !result.rejected().isEmpty()) {
      ImportProblem problem =
          new ImportProblem(
              "https://saman.no/problems/invalid-lines",
              "Invalid lines",
              422,
              result.rejected().size()
                  + " line(s) are invalid, so nothing was stored; fix them or import with"
                  + " partial=true",
              0,
              result.rejected());
      return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
          .contentType(Problem.MEDIA_TYPE)
          .body(problem);
    }
    return HttpResponse.ok(result);
  }
}
