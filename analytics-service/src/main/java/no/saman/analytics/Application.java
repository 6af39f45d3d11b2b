package no.saman.analytics;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.util.Arrays;
import no.saman.analytics.rebuild.Rebuild;

/**
 * Starts the analytics service (event consumption, results API and reports in one process), or with
 * {@code --rebuild} replays the topics into a fresh schema instead.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "analytics-service",
            version = "1.0",
            description =
                "Indicators per unit, municipality and network under the anonymity threshold,"
                    + " goals, register data, reports and the results page."))
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
