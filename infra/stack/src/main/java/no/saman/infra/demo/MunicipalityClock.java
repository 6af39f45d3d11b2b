package no.saman.infra.demo;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * The clock the demo and the benchmarks date their rounds and goals by: the municipality's zone,
 * the same setting the services judge those dates in ({@code SAMAN_TIME_ZONE}, Europe/Oslo), so
 * that a machine in another zone still loads rounds that are open today.
 */
public final class MunicipalityClock {

  public static final String DEFAULT_ZONE = "Europe/Oslo";

  private MunicipalityClock() {}

  /** The clock of {@code SAMAN_TIME_ZONE} (or its older name {@code SURVEY_TIME_ZONE}). */
  public static Clock fromEnvironment() {
    return of(System.getenv());
  }

  static Clock of(Map<String, String> env) {
    String zone = env.get("SAMAN_TIME_ZONE");
    if (zone == null || zone.isBlank()) {
      zone = env.getOrDefault("SURVEY_TIME_ZONE", DEFAULT_ZONE);
    }
    return Clock.system(ZoneId.of(zone.isBlank() ? DEFAULT_ZONE : zone));
  }
}
