package no.saman.survey;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the service, in the municipality's time zone ({@code SAMAN_TIME_ZONE}): answer
 * windows and submission dates are that zone's dates, never the machine's.
 */
@Factory
public class SurveyClock {

  @Singleton
  Clock clock(@Value("${saman.time-zone:Europe/Oslo}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}
