package no.saman.survey.invitation.csv;

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
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.saman.survey.account.Scope;
import no.saman.survey.invitation.InvitationService;
import no.saman.survey.invitation.IssuableRound;
import no.saman.survey.problem.Problem;
import no.saman.survey.round.RoundService;

/**
 * New one-time links as a CSV for the municipality's own SMS or mail-merge tool: UTF-8 with a byte
 * order mark and semicolons, as Excel with Norwegian settings opens it without an import dialog.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/rounds/{id}/invitations.csv")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class LinkCsvController {

  private final InvitationService invitations;
  private final RoundService rounds;

  public LinkCsvController(InvitationService invitations, RoundService rounds) {
    this.invitations = invitations;
    this.rounds = rounds;
  }

  @Get(produces = "text/csv")
  public HttpResponse<byte[]> links(
      Authentication who,
      String id,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String count) {
    Scope.requireMunicipality(who, rounds.find(id).municipality());
    IssuableRound target = invitations.issuable(id, unit, count);
    List<String> tokens = InvitationService.newTokens(target.count());
    StringBuilder csv = new StringBuilder("\uFEFFunit;link\r\n");
    for (String token : tokens) {
      csv.append(cell(target.unit().key().code()))
          .append(';')
          .append(invitations.link(token))
          .append("\r\n");
    }
    invitations.store(target, tokens);
    return HttpResponse.ok(csv.toString().getBytes(StandardCharsets.UTF_8))
        .contentType("text/csv; charset=utf-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"links-" + unit.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv\"")
        .header("Cache-Control", "no-store");
  }

  /** A unit code quoted when it holds a separator, a quote or a line break. */
  static String cell(String value) {
    if (value.matches(".*[;\"\\r\\n].*")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
