package no.saman.web.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads a date given as an ISO date ({@code 2026-11-30}) or, as many clients send dates, an ISO
 * date-time ({@code 2026-11-30T23:29:34Z}): the date it is in the municipality's time zone, so that
 * 23:29 UTC on 30 November is 1 December in Oslo.
 */
public final class IsoDate {

  private IsoDate() {}

  /**
   * @throws DateTimeParseException when {@code text} is neither
   */
  public static LocalDate parse(String text, ZoneId zone) {
    String value = text.strip();
    if (value.length() <= 10) {
      return LocalDate.parse(value);
    }
    try {
      return OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDate();
    } catch (DateTimeParseException withoutOffset) {
      return LocalDateTime.parse(value).toLocalDate();
    }
  }
}
