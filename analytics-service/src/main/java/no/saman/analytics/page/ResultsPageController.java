package no.saman.analytics.page;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import no.saman.analytics.problem.Problem;
import no.saman.web.PageLanguage;

/**
 * Serves the results page for HR and network leaders: one HTML shell for everyone; the script signs
 * in and asks the API, which enforces each user's scope on every call.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class ResultsPageController {

  static final String HTML = "text/html;charset=utf-8";
  static final String PATH = "/results/";

  /** Where the page's links lead: the HR console of survey-service. */
  @Serdeable
  public record Links(String console) {}

  private final Links links;

  public ResultsPageController(@Value("${analytics.console-url}") String consoleUrl) {
    this.links = new Links((consoleUrl.endsWith("/") ? consoleUrl : consoleUrl + "/") + "admin/");
  }

  /** The service's address opens the results page. */
  @Get
  public HttpResponse<?> root() {
    return HttpResponse.seeOther(URI.create(PATH));
  }

  /** The page; the router treats {@code /results} and {@code /results/} alike. */
  @Get(uri = PATH, produces = HTML)
  public HttpResponse<String> page(
      @Nullable @QueryValue String lang,
      @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    return HttpResponse.ok(ResultsPage.html(PageLanguage.choose(lang, acceptLanguage)))
        .contentType(MediaType.of(HTML));
  }

  /** The addresses the page links to, kept out of the shell and scripts (they are settings). */
  @Get(uri = "/results/links", produces = MediaType.APPLICATION_JSON)
  public Links links() {
    return links;
  }
}
