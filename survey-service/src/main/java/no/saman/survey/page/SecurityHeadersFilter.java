package no.saman.survey.page;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Adds the browser security headers to the respondent page and its assets, because the page URL
 * carries a one-time token that must not leak through referrers, framing, caches or foreign
 * scripts.
 */
@ServerFilter({"/s/**", "/assets/**"})
public class SecurityHeadersFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  @ResponseFilter
  public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.header("Referrer-Policy", "no-referrer");
    response.header("X-Content-Type-Options", "nosniff");
    if (request.getPath().startsWith("/s/")) {
      response.header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }
}
