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
  Clock clock(
      @Value("${saman.time-zone:}") String zone,
      @Value("${survey.time-zone:Europe/Oslo}") String olderSetting) {
    return Clock.system(zone(zone, olderSetting));
  }

  /** {@code SAMAN_TIME_ZONE}, or when it is not set its older name {@code SURVEY_TIME_ZONE}. */
  public static ZoneId zone(String zone, String olderSetting) {
    return ZoneId.of(zone == null || zone.isBlank() ? olderSetting : zone);
  }
}
