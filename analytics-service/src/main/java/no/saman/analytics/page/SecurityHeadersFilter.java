package no.saman.analytics.page;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import no.saman.web.SecurityHeaders;

/**
 * Adds the browser security headers to every answer of the service: the results page runs only its
 * own scripts and styles, talks only to its own origin, is never framed, and holds a bearer token
 * that must not leak through referrers or caches.
 */
@ServerFilter("/**")
public class SecurityHeadersFilter implements Ordered {

  /** Before the security filter, so that its refusals get the headers too. */
  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before();
  }

  @ResponseFilter
  public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    SecurityHeaders.apply(response, !request.getPath().startsWith("/assets/"));
  }
}
