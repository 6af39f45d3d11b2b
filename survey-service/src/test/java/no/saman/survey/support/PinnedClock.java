package no.saman.survey.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import no.saman.survey.SurveyClock;

/**
 * For tests that set {@code test.pinned-instant}: the service's clock stopped at that instant, in
 * the zone of the service's own setting ({@code saman.time-zone}), so a test can stand at any hour.
 */
@Factory
@Requires(property = PinnedClock.INSTANT)
public class PinnedClock {

  public static final String INSTANT = "test.pinned-instant";

  @Singleton
  @Replaces(value = Clock.class, factory = SurveyClock.class)
  Clock pinned(
      @Value("${" + INSTANT + "}") String instant,
      @Value("${saman.time-zone:}") String zone,
      @Value("${survey.time-zone:Europe/Oslo}") String olderSetting) {
    return Clock.fixed(Instant.parse(instant), SurveyClock.zone(zone, olderSetting));
  }
}
