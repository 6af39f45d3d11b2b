package no.saman.infra.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The scale benchmark's timed requests against its analytics-service, signed in as ADMIN. */
final class ScaleQueries {

  /** What the export column says while the service has no export endpoint. */
  static final String NO_EXPORT = "n/a (export lands separately)";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final String token;
  private final int warmup;
  private final int requests;

  ScaleQueries(URI base, String token, int warmup, int requests) {
    this.base = base;
    this.token = token;
    this.warmup = warmup;
    this.requests = requests;
  }

  /** "p95 X ms (median Y, first Z) (load L)" of sequential GETs of the path. */
  String time(String path) throws Exception {
    URI uri = base.resolve(path);
    long first = timed(uri);
    for (int i = 1; i < warmup; i++) {
      timed(uri);
    }
    long[] nanos = new long[requests];
    for (int i = 0; i < requests; i++) {
      nanos[i] = timed(uri);
    }
    Percentiles p = Percentiles.of(nanos);
    String figure =
        String.format(
            "%.1f ms (median %.1f, first %.0f) (load %s)",
            p.p95(), p.p50(), first / 1e6, ScaleRun.load());
    System.out.println("    GET " + path + ": p95 " + figure);
    return figure;
  }

  /** How many times an export is streamed after its first (cold) one. */
  static final int EXPORTS = 3;

  /** One streamed export: its time and size. */
  private record Streamed(int status, long nanos, long bytes, long lines) {}

  /**
   * Streams the export once cold and {@link #EXPORTS} times more, timing each and sampling the
   * service's heap (its Prometheus scrape) meanwhile: "median M s (first F s), rows, MB; peak
   * heap"; {@link #NO_EXPORT} when the service answers 404 for the path.
   */
  String export(String path) throws Exception {
    URI uri = base.resolve(path);
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> sampleHeap(peak), "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    Streamed first;
    long[] nanos = new long[EXPORTS];
    Streamed last = null;
    try {
      first = stream(uri);
      if (first.status() == 404) {
        System.out.println("    GET " + path + ": 404, " + NO_EXPORT);
        return NO_EXPORT;
      }
      for (int i = 0; i < EXPORTS; i++) {
        last = stream(uri);
        nanos[i] = last.nanos();
      }
    } finally {
      sampler.interrupt();
      sampler.join();
    }
    String figure =
        String.format(
            "%.2f s (first %.2f s), %,d rows, %.1f MB; peak heap %.0f MB (load %s)",
            Percentiles.of(nanos).p50() / 1e3,
            first.nanos() / 1e9,
            Math.max(0, last.lines() - 1),
            last.bytes() / 1e6,
            peak.get() / 1e6,
            ScaleRun.load());
    System.out.println("    GET " + path + ": " + figure);
    return figure;
  }

  private Streamed stream(URI uri) throws Exception {
    long start = System.nanoTime();
    HttpResponse<InputStream> r =
        http.send(request(uri), HttpResponse.BodyHandlers.ofInputStream());
    long bytes = 0;
    long lines = 0;
    try (InputStream body = r.body()) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = body.read(buffer)) > 0; ) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    long took = System.nanoTime() - start;
    if (r.statusCode() != 200 && r.statusCode() != 404) {
      throw new IllegalStateException("GET " + uri + " answered " + r.statusCode());
    }
    return new Streamed(r.statusCode(), took, bytes, lines);
  }

  private void sampleHeap(AtomicLong peak) {
    URI metrics = base.resolve("/metrics");
    while (!Thread.currentThread().isInterrupted()) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(metrics).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long heap = 0;
        for (String line : r.body().split("\n")) {
          if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
            heap += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
          }
        }
        peak.accumulateAndGet(heap, Math::max);
        Thread.sleep(50);
      } catch (InterruptedException e) {
        return;
      } catch (IOException | RuntimeException e) {
        // A missed sample only makes the peak less exact.
      }
    }
  }

  private long timed(URI uri) throws Exception {
    long start = System.nanoTime();
    HttpResponse<byte[]> r = http.send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - start;
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + uri + " answered " + r.statusCode() + ": " + new String(r.body()));
    }
    return took;
  }

  private HttpRequest request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(5))
        .GET()
        .build();
  }
}
