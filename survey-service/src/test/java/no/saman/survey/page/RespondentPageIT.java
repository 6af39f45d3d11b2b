package no.saman.survey.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.saman.survey.support.SurveyServiceIT;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RespondentPageIT extends SurveyServiceIT {

  private static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldServeThePageAsUncachedHtmlWithTheSecurityHeaders() throws Exception {
    String round = openRound("1548", "1548-INST");
    String token = invite(round, "1548-INST", 1).get(0);

    HttpResponse<String> page = get("/s/" + token, "nn-NO,nn;q=0.9,en;q=0.5");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(
            type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=utf-8"));
    assertSecurityHeaders(page.headers());
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.body()).contains("<html lang=\"nn\">", "Lastar spørjeskjemaet");
    assertThat(page.body())
        .as("everything comes from this service, and nothing inline that the policy would block")
        .doesNotContain("http://", "https://", "style=", "<style")
        .containsPattern("<script type=\"module\" src=\"/assets/respondent/respondent.js\">");
  }

  @Test
  void shouldStartInTheLanguageAskedForOrElseBokmal() throws Exception {
    String token = "A".repeat(43);

    assertThat(get("/s/" + token + "?lang=en", "nb").body()).contains("<html lang=\"en\">");
    assertThat(get("/s/" + token, "de-DE,de;q=0.9").body()).contains("<html lang=\"nb\">");
  }

  @Test
  void shouldServeEveryAssetThePageUsesWithTheSecurityHeaders() throws Exception {
    HttpResponse<String> script = get("/assets/respondent/respondent.js", null);

    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    assertSecurityHeaders(script.headers());
    Matcher imports = Pattern.compile("from '(\\.\\.?/[a-z/]+\\.js)'").matcher(script.body());
    int modules = 0;
    while (imports.find()) {
      String path = URI.create("/assets/respondent/").resolve(imports.group(1)).getPath();
      HttpResponse<String> module = get(path, null);
      assertThat(module.statusCode()).as(imports.group(1)).isEqualTo(200);
      assertSecurityHeaders(module.headers());
      modules++;
    }
    assertThat(modules).isGreaterThan(3);
    assertThat(get("/assets/web/dom.js", null).statusCode()).isEqualTo(200);
    assertThat(get("/assets/web/base.css", null).statusCode()).isEqualTo(200);
    HttpResponse<String> css = get("/assets/respondent/respondent.css", null);
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    assertSecurityHeaders(css.headers());
  }

  @Test
  void shouldAnswer404WithTheSamePageForALinkThatCannotBeAToken() throws Exception {
    HttpResponse<String> page = get("/s/not-a-token", "en");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("/assets/respondent/respondent.js");
    assertSecurityHeaders(page.headers());
  }

  private static void assertSecurityHeaders(HttpHeaders headers) {
    assertThat(headers.firstValue("Content-Security-Policy")).hasValue(POLICY);
    assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  private HttpResponse<String> get(String path, String acceptLanguage)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path)).GET();
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
