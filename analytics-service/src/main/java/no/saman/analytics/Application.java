package no.saman.analytics;

import io.micronaut.runtime.Micronaut;

/** Starts the analytics service: event consumption, results API and reports in one process. */
public final class Application {

  private Application() {}

  public static void main(String[] args) {
    Micronaut.run(Application.class, args);
  }
}
