package no.saman.survey.invitation.letter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.saman.survey.account.Scope;
import no.saman.survey.problem.Problem;
import no.saman.survey.round.RoundService;

/** Printed invitation letters for a unit: admins, and HR of the round's municipality. */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/rounds/{id}/letters")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class LetterController {

  private final LetterService letters;
  private final RoundService rounds;

  public LetterController(LetterService letters, RoundService rounds) {
    this.letters = letters;
    this.rounds = rounds;
  }

  /** The PDF, one letter per new link; the links are in this answer only, so it is not cached. */
  @Get(produces = "application/pdf")
  public HttpResponse<byte[]> letters(
      Authentication who,
      String id,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String count,
      @Nullable @QueryValue String lang) {
    Scope.requireMunicipality(who, rounds.find(id).municipality());
    byte[] pdf = letters.letters(id, unit, count, lang);
    return HttpResponse.ok(pdf)
        .contentType("application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + fileName(unit) + "\"")
        .header("Cache-Control", "no-store");
  }

  static String fileName(String unit) {
    return "letters-" + unit.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
  }
}
