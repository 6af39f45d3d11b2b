package no.saman.survey.console;

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
import no.saman.survey.problem.Problem;
import no.saman.web.PageLanguage;

/**
 * Serves the HR console: one HTML shell for everyone; the script signs in and asks the API, which
 * enforces each user's scope on every call.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/admin")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ConsolePageController {

  static final String HTML = "text/html;charset=utf-8";

  /** Where the console's links lead: the results page of analytics-service. */
  @Serdeable
  public record Links(String results) {}

  private final Links links;

  public ConsolePageController(@Value("${survey.results-url}") String resultsUrl) {
    String base = resultsUrl.endsWith("/") ? resultsUrl : resultsUrl + "/";
    this.links = new Links(base + "results/");
  }

  /** The page; the router treats {@code /admin} and {@code /admin/} alike. */
  @Get(uri = "/", produces = HTML)
  public HttpResponse<String> page(
      @Nullable @QueryValue String lang,
      @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    return HttpResponse.ok(ConsolePage.html(PageLanguage.choose(lang, acceptLanguage)))
        .contentType(MediaType.of(HTML));
  }

  /** The addresses the page links to, kept out of the shell and scripts (they are settings). */
  @Get(uri = "/links", produces = MediaType.APPLICATION_JSON)
  public Links links() {
    return links;
  }
}
