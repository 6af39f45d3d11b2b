package no.saman.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;

/**
 * The browser security headers every page of the system gets: it runs only its own scripts and
 * styles, talks only to its own origin, is never framed, and leaks neither a bearer token nor a
 * one-time link through referrers or caches.
 */
public final class SecurityHeaders {

  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private SecurityHeaders() {}

  /**
   * @param noStore whether the answer must not be kept by any cache (pages, API answers; not the
   *     static scripts and styles)
   */
  public static void apply(MutableHttpResponse<?> response, boolean noStore) {
    response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.header("Referrer-Policy", "no-referrer");
    response.header("X-Content-Type-Options", "nosniff");
    if (noStore) {
      response.header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }
}
