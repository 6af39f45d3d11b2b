package no.saman.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Times sequential signed-in GETs of one URL after warm-up requests, as a table row. */
final class TimedRequests {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private TimedRequests() {}

  /** One line of the result table: what, requests, median, p95, max (ms) and the answer's size. */
  static String row(String what, URI uri, String token, int warmup, int requests) throws Exception {
    for (int i = 0; i < warmup; i++) {
      fetch(uri, token);
    }
    long[] nanos = new long[requests];
    int bytes = 0;
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      bytes = fetch(uri, token);
      nanos[i] = System.nanoTime() - start;
    }
    Percentiles p = Percentiles.of(nanos);
    return String.format(
        "| %s | %d | %.1f | %.1f | %.1f | %d |", what, requests, p.p50(), p.p95(), p.max(), bytes);
  }

  static String header(String what) {
    return "| "
        + what
        + " | requests | median ms | p95 ms | max ms | bytes |\n|---|---|---|---|---|---|";
  }

  private static int fetch(URI uri, String token) throws Exception {
    HttpResponse<byte[]> r =
        HTTP.send(
            HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + uri + " answered " + r.statusCode() + ": " + new String(r.body()));
    }
    return r.body().length;
  }
}
