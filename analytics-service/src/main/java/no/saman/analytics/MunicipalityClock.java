package no.saman.analytics;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the service, in the municipality's time zone ({@code SAMAN_TIME_ZONE}): goals'
 * creation dates and progress, report dates and the time a result was computed come from it, never
 * from the machine's zone.
 */
@Factory
public class MunicipalityClock {

  @Singleton
  Clock clock(@Value("${saman.time-zone:Europe/Oslo}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}
