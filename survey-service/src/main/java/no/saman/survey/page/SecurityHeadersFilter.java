package no.saman.survey.page;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import no.saman.web.SecurityHeaders;

/**
 * Adds the browser security headers to the respondent page, the console and their assets: the
 * respondent's URL carries a one-time token and the console holds a bearer token, neither of which
 * may leak through referrers, framing, caches or foreign scripts.
 */
@ServerFilter({"/s/**", "/assets/**", "/admin/**", "/admin"})
public class SecurityHeadersFilter {

  @ResponseFilter
  public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    SecurityHeaders.apply(response, !request.getPath().startsWith("/assets/"));
  }
}
