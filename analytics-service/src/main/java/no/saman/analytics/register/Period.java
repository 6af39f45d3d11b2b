package no.saman.analytics.register;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A register period: a quarter, written {@code 2013Q3}. */
public record Period(int year, int quarter) implements Comparable<Period> {

  private static final Pattern FORMAT = Pattern.compile("([0-9]{4})Q([1-4])");

  /** The period of a label, null when it is not one. */
  public static Period parse(String label) {
    Matcher m = label == null ? null : FORMAT.matcher(label.trim());
    if (m == null || !m.matches()) {
      return null;
    }
    return new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public LocalDate start() {
    return LocalDate.of(year, 3 * quarter - 2, 1);
  }

  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  @Override
  public int compareTo(Period other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(quarter, other.quarter);
  }

  @Override
  public String toString() {
    return year + "Q" + quarter;
  }
}
