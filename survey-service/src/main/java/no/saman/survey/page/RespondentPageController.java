package no.saman.survey.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.saman.survey.invitation.LinkTokens;
import no.saman.survey.problem.Problem;
import no.saman.web.PageLanguage;

/**
 * Opens a respondent's one-time link in the browser; the page itself asks the survey API, so the
 * shell is the same for every link and costs no database work.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/s")
@Secured(SecurityRule.IS_ANONYMOUS)
public class RespondentPageController {

  static final String HTML = "text/html;charset=utf-8";

  /**
   * The page for a link; a text that cannot be a token gets the same page with status 404, and the
   * page then explains in the respondent's language that the link is unknown.
   */
  @Get(uri = "/{token}", produces = HTML)
  public HttpResponse<String> page(
      String token,
      @Nullable @QueryValue String lang,
      @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    String html = RespondentPage.html(PageLanguage.choose(lang, acceptLanguage));
    HttpStatus status = LinkTokens.hash(token).isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND;
    return HttpResponse.<String>status(status).contentType(HTML).body(html);
  }
}
