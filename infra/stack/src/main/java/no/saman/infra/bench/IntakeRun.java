package no.saman.infra.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measured bursts of submissions with one-time tokens: closed-loop (each of {@code concurrency}
 * clients sends its next response as soon as the last is answered) or paced at a fixed rate; and
 * the respondent's whole path (page, questionnaire, submit).
 */
final class IntakeRun {

  private static final int PACED_CLIENTS = 256;

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

  private final URI survey;
  private final byte[] body;

  IntakeRun(URI survey, String body) {
    this.survey = survey;
    this.body = body.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code concurrency} clients submit as fast as they are answered for {@code seconds}. */
  Result closedLoop(Queue<String> tokens, int concurrency, double seconds, boolean respondentPath)
      throws InterruptedException {
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
    AtomicInteger submitted = new AtomicInteger();
    joinAll(
        startClients(
            concurrency,
            "intake-client-",
            http -> {
              String token;
              while (System.nanoTime() < end && (token = tokens.poll()) != null) {
                long sent = System.nanoTime();
                boolean ok = respondentPath ? respondent(http, token) : submit(http, token);
                long done = System.nanoTime();
                submitted.incrementAndGet();
                samples.add(new long[] {done - sent, ok ? done : 0});
              }
            }));
    return result(submitted.get(), samples, (System.nanoTime() - start) / 1e9);
  }

  /**
   * Submissions due at {@code perSecond} for {@code seconds}, sent by at most 256 clients at once
   * (each its own connection); latency counts from when a request was due, so that a stalled server
   * or client is not hidden.
   */
  Result paced(Queue<String> tokens, int perSecond, double seconds) throws InterruptedException {
    BlockingQueue<Due> due = new LinkedBlockingQueue<>();
    ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
    List<Thread> clients =
        startClients(
            PACED_CLIENTS,
            "paced-client-",
            http -> {
              for (Due d; (d = due.take()) != Due.END; ) {
                boolean ok = submit(http, d.token());
                long done = System.nanoTime();
                samples.add(new long[] {done - d.at(), ok ? done : 0});
              }
            });
    int count = (int) (perSecond * seconds);
    int sent = 0;
    long start = System.nanoTime();
    for (; sent < count; sent++) {
      long at = start + (long) (sent * 1e9 / perSecond);
      long wait = at - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      String token = tokens.poll();
      if (token == null) {
        break;
      }
      due.add(new Due(token, at));
    }
    for (int c = 0; c < PACED_CLIENTS; c++) {
      due.add(Due.END);
    }
    joinAll(clients);
    return result(sent, samples, (System.nanoTime() - start) / 1e9);
  }

  /** What one client thread does with its own connection. */
  private interface ClientLoop {
    void run(BenchConnection http) throws InterruptedException;
  }

  /** Starts {@code count} client threads, each on a connection of its own. */
  private List<Thread> startClients(int count, String name, ClientLoop loop) {
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      Thread t =
          new Thread(
              () -> {
                try (BenchConnection http = new BenchConnection(survey)) {
                  loop.run(http);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              name + c);
      clients.add(t);
      t.start();
    }
    return clients;
  }

  private static void joinAll(List<Thread> clients) throws InterruptedException {
    for (Thread t : clients) {
      t.join();
    }
  }

  private record Due(String token, long at) {
    static final Due END = new Due(null, 0);
  }

  private static Result result(int submitted, Queue<long[]> samples, double seconds) {
    long[] latencies = samples.stream().mapToLong(s -> s[0]).toArray();
    long[] acceptedAt =
        samples.stream().mapToLong(s -> s[1]).filter(t -> t != 0).sorted().toArray();
    return new Result(submitted, acceptedAt.length, seconds, Percentiles.of(latencies), acceptedAt);
  }

  private boolean submit(BenchConnection http, String token) {
    try {
      return http.postJson("/api/survey/" + token + "/response", body).status() == 201;
    } catch (IOException e) {
      return false;
    }
  }

  /** What a respondent's browser asks for: the page, the questionnaire, then the submission. */
  private boolean respondent(BenchConnection http, String token) {
    try {
      return http.get("/s/" + token).status() == 200
          && http.get("/api/survey/" + token).status() == 200
          && submit(http, token);
    } catch (IOException e) {
      return false;
    }
  }
}
