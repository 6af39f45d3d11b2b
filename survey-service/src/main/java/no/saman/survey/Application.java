package no.saman.survey;

import io.micronaut.runtime.Micronaut;

/** Starts survey-service: organisations, instruments, rounds, one-time links and responses. */
public final class Application {

  private Application() {}

  public static void main(String[] args) {
    Micronaut.run(Application.class, args);
  }
}
