package no.saman.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One measured burst of submissions: each one-time token answers once, at most {@code concurrency}
 * in flight, paced to {@code targetPerSecond} (0: as fast as the service takes them).
 */
final class IntakeRun {

  /** What a run measured. */
  record Result(int submitted, int accepted, int failed, double seconds, Percentiles latency) {
    double perSecond() {
      return accepted / seconds;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI survey;
  private final String body;

  IntakeRun(URI survey, String body) {
    this.survey = survey;
    this.body = body;
  }

  Result run(List<String> tokens, int concurrency, int targetPerSecond)
      throws InterruptedException {
    Semaphore inFlight = new Semaphore(concurrency);
    long[] latencies = new long[tokens.size()];
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    CompletableFuture<?>[] all = new CompletableFuture<?>[tokens.size()];
    long start = System.nanoTime();
    for (int i = 0; i < tokens.size(); i++) {
      if (targetPerSecond > 0) {
        long due = start + (long) (i * 1e9 / targetPerSecond);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      }
      inFlight.acquire();
      int index = i;
      long sent = System.nanoTime();
      all[i] =
          http.sendAsync(request(tokens.get(i)), HttpResponse.BodyHandlers.discarding())
              .whenComplete(
                  (response, error) -> {
                    latencies[index] = System.nanoTime() - sent;
                    if (error == null && response.statusCode() == 201) {
                      accepted.incrementAndGet();
                    } else {
                      failed.incrementAndGet();
                    }
                    inFlight.release();
                  });
    }
    CompletableFuture.allOf(all).exceptionally(e -> null).join();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(
        tokens.size(), accepted.get(), failed.get(), seconds, Percentiles.of(latencies));
  }

  private HttpRequest request(String token) {
    return HttpRequest.newBuilder(survey.resolve("/api/survey/" + token + "/response"))
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
