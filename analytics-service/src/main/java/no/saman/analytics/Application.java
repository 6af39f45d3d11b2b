package no.saman.analytics;

import io.micronaut.runtime.Micronaut;
import java.util.Arrays;
import no.saman.analytics.rebuild.Rebuild;

/**
 * Starts the analytics service (event consumption, results API and reports in one process), or with
 * {@code --rebuild} replays the topics into a fresh schema instead.
 */
public final class Application {

  private Application() {}

  public static void main(String[] args) throws InterruptedException {
    if (Arrays.asList(args).contains("--rebuild")) {
      Rebuild.main(args);
      return;
    }
    Micronaut.run(Application.class, args);
  }
}
