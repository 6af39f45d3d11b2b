package no.saman.survey.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailedLookupsTest {

  private Instant now = Instant.parse("2026-11-23T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @Test
  void shouldBlockAnAddressAtTheLimitUntilItsMinuteIsOver() {
    FailedLookups lookups = new FailedLookups(3, clock);
    lookups.recordFailure("10.0.0.1");
    lookups.recordFailure("10.0.0.1");
    assertThat(lookups.blockedFor("10.0.0.1")).isZero();

    now = now.plusSeconds(20);
    lookups.recordFailure("10.0.0.1");
    assertThat(lookups.blockedFor("10.0.0.1")).isEqualTo(40_000);
    assertThat(lookups.blockedFor("10.0.0.2")).as("another address").isZero();

    now = now.plusSeconds(40);
    assertThat(lookups.blockedFor("10.0.0.1")).isZero();
    lookups.recordFailure("10.0.0.1");
    assertThat(lookups.blockedFor("10.0.0.1")).as("a new window starts at one").isZero();
  }
}
