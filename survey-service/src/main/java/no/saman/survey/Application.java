package no.saman.survey;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts survey-service: organisations, instruments, rounds, one-time links and responses. */
@OpenAPIDefinition(
    info =
        @Info(
            title = "survey-service",
            version = "1.0",
            description =
                "Municipalities and units, the instrument catalogue, survey rounds, one-time"
                    + " anonymous links and validated responses."))
public final class Application {

  private Application() {}

  public static void main(String[] args) {
    Micronaut.run(Application.class, args);
  }
}
