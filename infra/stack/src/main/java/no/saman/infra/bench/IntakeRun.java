package no.saman.infra.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measured bursts of submissions with one-time tokens: closed-loop (each of {@code concurrency}
 * clients sends its next response as soon as the last is answered) or paced at a fixed rate; and
 * the respondent's whole path (page, questionnaire, submit).
 */
final class IntakeRun {

  /** What a run measured; {@code acceptedAt} holds the System.nanoTime of each 201. */
  record Result(
      int submitted, int accepted, double seconds, Percentiles latency, long[] acceptedAt) {
    int failed() {
      return submitted - accepted;
    }

    double perSecond() {
      return accepted / seconds;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI survey;
  private final String body;

  IntakeRun(URI survey, String body) {
    this.survey = survey;
    this.body = body;
  }

  /** {@code concurrency} clients submit as fast as they are answered for {@code seconds}. */
  Result closedLoop(Queue<String> tokens, int concurrency, double seconds, boolean respondentPath)
      throws InterruptedException {
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
    AtomicInteger submitted = new AtomicInteger();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < concurrency; c++) {
      Thread t =
          new Thread(
              () -> {
                String token;
                while (System.nanoTime() < end && (token = tokens.poll()) != null) {
                  long sent = System.nanoTime();
                  boolean ok = respondentPath ? respondent(token) : submit(token);
                  long done = System.nanoTime();
                  submitted.incrementAndGet();
                  samples.add(new long[] {done - sent, ok ? done : 0});
                }
              },
              "intake-client-" + c);
      clients.add(t);
      t.start();
    }
    for (Thread t : clients) {
      t.join();
    }
    return result(submitted.get(), samples, (System.nanoTime() - start) / 1e9);
  }

  /** Submissions started at {@code perSecond} for {@code seconds}, at most 256 in flight. */
  Result paced(Queue<String> tokens, int perSecond, double seconds) throws InterruptedException {
    Semaphore inFlight = new Semaphore(256);
    ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
    int count = (int) (perSecond * seconds);
    List<CompletableFuture<?>> all = new ArrayList<>(count);
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long due = start + (long) (i * 1e9 / perSecond);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      String token = tokens.poll();
      if (token == null) {
        break;
      }
      inFlight.acquire();
      // Latency counts from when the request was due, so that a stalled client is not hidden.
      all.add(
          http.sendAsync(submitRequest(token), HttpResponse.BodyHandlers.discarding())
              .whenComplete(
                  (response, error) -> {
                    long done = System.nanoTime();
                    boolean ok = error == null && response.statusCode() == 201;
                    samples.add(new long[] {done - due, ok ? done : 0});
                    inFlight.release();
                  }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    return result(all.size(), samples, (System.nanoTime() - start) / 1e9);
  }

  private static Result result(int submitted, Queue<long[]> samples, double seconds) {
    long[] latencies = samples.stream().mapToLong(s -> s[0]).toArray();
    long[] acceptedAt =
        samples.stream().mapToLong(s -> s[1]).filter(t -> t != 0).sorted().toArray();
    return new Result(submitted, acceptedAt.length, seconds, Percentiles.of(latencies), acceptedAt);
  }

  private boolean submit(String token) {
    try {
      return http.send(submitRequest(token), HttpResponse.BodyHandlers.discarding()).statusCode()
          == 201;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** What a respondent's browser asks for: the page, the questionnaire, then the submission. */
  private boolean respondent(String token) {
    try {
      HttpResponse<byte[]> page =
          http.send(get("/s/" + token), HttpResponse.BodyHandlers.ofByteArray());
      HttpResponse<byte[]> questionnaire =
          http.send(get("/api/survey/" + token), HttpResponse.BodyHandlers.ofByteArray());
      return page.statusCode() == 200 && questionnaire.statusCode() == 200 && submit(token);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(survey.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .GET()
        .build();
  }

  private HttpRequest submitRequest(String token) {
    return HttpRequest.newBuilder(survey.resolve("/api/survey/" + token + "/response"))
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
