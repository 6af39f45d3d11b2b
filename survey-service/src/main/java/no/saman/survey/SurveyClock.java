package no.saman.survey;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The clock of the survey's time zone: answer windows and submission dates are local dates. */
@Factory
public class SurveyClock {

  @Singleton
  Clock clock(@Value("${survey.time-zone:Europe/Oslo}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}
