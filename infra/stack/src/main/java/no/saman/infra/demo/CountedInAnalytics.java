package no.saman.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/** Waits until analytics-service has counted every demo response, showing how far it has come. */
public final class CountedInAnalytics {

  private CountedInAnalytics() {}

  /**
   * @throws IllegalStateException when not every response is counted within the timeout
   */
  public static void await(
      JsonHttp analytics, DemoData.Loaded loaded, ProgressLine progress, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int counted = 0;
    while (true) {
      counted = counted(analytics, loaded);
      progress.show("Counted in analytics", counted, loaded.responses());
      if (counted >= loaded.responses()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "analytics counted " + counted + " of " + loaded.responses() + " within " + timeout);
      }
      Thread.sleep(300);
    }
  }

  private static int counted(JsonHttp analytics, DemoData.Loaded loaded) {
    int counted = 0;
    for (var waves : loaded.rounds().values()) {
      for (String round : waves.values()) {
        JsonHttp.Reply reply = analytics.get("/api/rounds/" + round + "/results");
        JsonNode body = reply.status() == 200 ? reply.json() : null;
        counted += body != null && body.has("responses") ? body.get("responses").asInt() : 0;
      }
    }
    return counted;
  }
}
