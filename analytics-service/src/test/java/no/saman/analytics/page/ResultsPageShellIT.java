package no.saman.analytics.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.saman.analytics.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The results page's shell and assets, as the browser gets them from the running service. */
@MicronautTest
class ResultsPageShellIT extends IntegrationTest {

  private static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  /** A name, not an address: the namespace of the SVG elements the charts create. */
  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

  @Inject EmbeddedServer server;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldSendTheServicesAddressToTheResultsPage() throws Exception {
    HttpResponse<String> answer = get("/", null);

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).hasValue("/results/");
    assertThat(get("/results", null).body()).contains("/assets/results/results.js");
  }

  @Test
  void shouldServeThePageAsUncachedHtmlWithTheSecurityHeadersAndNothingInline() throws Exception {
    HttpResponse<String> page = get("/results/", "nn-NO,nn;q=0.9,en;q=0.5");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(
            type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=utf-8"));
    assertSecurityHeaders(page.headers());
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.body())
        .contains("<html lang=\"nn\">", "Saman – resultat", "Hopp til innhaldet");
    assertThat(page.body())
        .as("everything comes from this service, and nothing inline that the policy would block")
        .doesNotContain("http://", "https://", "style=", "<style", "onclick")
        .contains("<script type=\"module\" src=\"/assets/results/results.js\"></script>");
  }

  @Test
  void shouldStartInTheLanguageAskedForElseTheBrowsersElseBokmal() throws Exception {
    assertThat(get("/results/?lang=en", "nn").body()).contains("<html lang=\"en\">");
    assertThat(get("/results/", "en-GB,en;q=0.8").body()).contains("<html lang=\"en\">");
    assertThat(get("/results/", "de-DE").body()).contains("<html lang=\"nb\">");
  }

  @Test
  void shouldServeEveryModuleThePageImportsWithTheSecurityHeaders() throws Exception {
    Pattern imports = Pattern.compile("from '(\\.\\.?/[a-z/]+\\.js)'");
    Deque<String> toLoad = new ArrayDeque<>(Set.of("/assets/results/results.js"));
    Set<String> loaded = new HashSet<>();
    while (!toLoad.isEmpty()) {
      String module = toLoad.pop();
      if (!loaded.add(module)) {
        continue;
      }
      HttpResponse<String> script = get(module, null);
      assertThat(script.statusCode()).as(module).isEqualTo(200);
      assertThat(script.headers().firstValue("Content-Type"))
          .as(module)
          .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
      assertSecurityHeaders(script.headers());
      assertThat(script.body().replace(SVG_NAMESPACE, ""))
          .as("%s loads nothing from elsewhere and parses no markup", module)
          .doesNotContain("http://", "https://", "innerHTML", "eval(");
      Matcher found = imports.matcher(script.body());
      while (found.find()) {
        toLoad.add(URI.create(module).resolve(found.group(1)).getPath());
      }
    }
    assertThat(loaded)
        .contains(
            "/assets/results/api.js",
            "/assets/results/session.js",
            "/assets/results/charts.js",
            "/assets/results/hr.js",
            "/assets/results/network.js",
            "/assets/results/signin.js",
            "/assets/web/dom.js",
            "/assets/web/http.js",
            "/assets/web/session.js",
            "/assets/web/languages.js");
    HttpResponse<String> base = get("/assets/web/base.css", null);
    assertThat(base.statusCode()).isEqualTo(200);
    HttpResponse<String> css = get("/assets/results/results.css", null);
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    assertSecurityHeaders(css.headers());
  }

  @Test
  void shouldKeepTheApiBehindSignInWhileThePageIsOpen() throws Exception {
    HttpResponse<String> answer = get("/api/indicators", null);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertSecurityHeaders(answer.headers());
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
