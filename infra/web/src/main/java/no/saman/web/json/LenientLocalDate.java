package no.saman.web.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads a date field given as an ISO date ({@code 2026-11-30}) or, as many clients send dates, an
 * ISO date-time ({@code 2026-11-30T23:29:34Z}): the date it is in the municipality's time zone (the
 * zone of the service's clock), so that 23:29 UTC on 30 November is 1 December in Oslo.
 */
@Singleton
public class LenientLocalDate implements Deserializer<LocalDate> {

  private final ZoneId zone;

  public LenientLocalDate(Clock clock) {
    this.zone = clock.getZone();
  }

  @Override
  public LocalDate deserialize(
      Decoder decoder, DecoderContext context, Argument<? super LocalDate> type)
      throws IOException {
    String text = decoder.decodeString();
    try {
      return IsoDate.parse(text, zone);
    } catch (DateTimeParseException e) {
      throw new SerdeException("not a date");
    }
  }
}
