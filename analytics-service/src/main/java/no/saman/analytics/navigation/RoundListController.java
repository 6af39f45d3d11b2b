package no.saman.analytics.navigation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.ReadOnly;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import no.saman.analytics.access.Scope;
import no.saman.analytics.organisation.MunicipalityRepository;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.Problem.InvalidParam;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.results.RoundReader;

/** Lists the rounds of a municipality its HR may pick from, latest first. */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/rounds")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class RoundListController {

  private final RoundReader reader;
  private final MunicipalityRepository municipalities;
  private final Scope scope;

  RoundListController(RoundReader reader, MunicipalityRepository municipalities, Scope scope) {
    this.reader = reader;
    this.municipalities = municipalities;
    this.scope = scope;
  }

  /**
   * @param municipality the kommunenummer
   */
  @Get("{?municipality}")
  @ReadOnly
  RoundList rounds(Authentication who, @Nullable @QueryValue String municipality) {
    if (municipality == null || !municipality.matches("[0-9]{4}")) {
      throw ProblemException.invalidParameters(
          List.of(new InvalidParam("municipality", "is required: a 4-digit kommunenummer")));
    }
    scope.requireHrOf(who, municipality);
    RoundList.MunicipalityInfo info =
        municipalities
            .findById(municipality)
            .map(m -> new RoundList.MunicipalityInfo(m.code(), m.name(), m.county(), m.language()))
            .orElse(new RoundList.MunicipalityInfo(municipality, null, null, null));
    return new RoundList(
        info,
        reader.roundsOf(municipality).stream()
            .map(
                r ->
                    new RoundList.RoundSummary(
                        r.id(), r.title(), r.wave(), r.opens(), r.closes(), r.status()))
            .toList());
  }
}
