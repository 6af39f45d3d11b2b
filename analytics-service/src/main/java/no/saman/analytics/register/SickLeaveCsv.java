package no.saman.analytics.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a sick-leave register file: a header naming the columns (in any order, separated by ; or
 * ,), then one line per unit and quarter. Every line is checked on its own, and every problem with
 * it is named, so that a file can be fixed in one go.
 */
public final class SickLeaveCsv {

  /** The columns, as the header names them. */
  public static final List<String> COLUMNS =
      List.of(
          "unit",
          "period",
          "agreed_days",
          "lost_days_self_certified",
          "lost_days_doctor_certified",
          "lost_days_short",
          "lost_days_long",
          "headcount_3y",
          "long_term_healthy");

  private static final double TOLERANCE = 0.01;
  private static final double MAX_DAYS = 1e9;

  private SickLeaveCsv() {}

  /** A line that passed every check. */
  public record Line(int line, String unit, Period period, SickLeave figures) {}

  /** A line that did not, with every reason. */
  public record Rejected(int line, String error) {}

  /**
   * The file's lines sorted into accepted and rejected.
   *
   * @param header a problem with the header (no line could be read), null when it is fine
   */
  public record Parsed(List<Line> accepted, List<Rejected> rejected, String header) {}

  /**
   * @param units the codes of the municipality's units
   */
  public static Parsed parse(String text, Set<String> units) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    if (lines.length == 0 || lines[0].isBlank()) {
      return new Parsed(List.of(), List.of(), "the file is empty: a header line is needed");
    }
    String header = lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[0];
    String separator = header.contains(";") ? ";" : ",";
    Map<String, Integer> index = new HashMap<>();
    String[] names = header.split(separator, -1);
    for (int i = 0; i < names.length; i++) {
      index.put(names[i].trim().toLowerCase(Locale.ROOT), i);
    }
    List<String> missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      return new Parsed(
          List.of(), List.of(), "the header lacks the columns " + String.join(", ", missing));
    }
    List<Line> accepted = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] fields = lines[i].split(separator, -1);
      Row row = new Row(fields, index, ";".equals(separator));
      List<String> errors = new ArrayList<>();
      Line line = check(i + 1, row, units, errors);
      if (line != null && !seen.add(line.unit() + "@" + line.period())) {
        errors.add("unit " + line.unit() + " has another line for " + line.period());
      }
      if (errors.isEmpty() && line != null) {
        accepted.add(line);
      } else {
        rejected.add(new Rejected(i + 1, String.join("; ", errors)));
      }
    }
    return new Parsed(accepted, rejected, null);
  }

  private static Line check(int number, Row row, Set<String> units, List<String> errors) {
    if (row.fields.length < row.width()) {
      errors.add("has " + row.fields.length + " fields, the header " + row.width());
      return null;
    }
    String unit = row.text("unit");
    if (unit.isEmpty()) {
      errors.add("unit: is missing");
    } else if (!units.contains(unit)) {
      errors.add("unit: is not a unit of the municipality");
    }
    Period period = Period.parse(row.text("period"));
    if (period == null) {
      errors.add("period: must be a quarter such as 2013Q3");
    }
    double agreed = row.days("agreed_days", errors);
    double self = row.days("lost_days_self_certified", errors);
    double doctor = row.days("lost_days_doctor_certified", errors);
    double shortTerm = row.days("lost_days_short", errors);
    double longTerm = row.days("lost_days_long", errors);
    long tenured = row.count("headcount_3y", errors);
    long healthy = row.count("long_term_healthy", errors);
    if (!Double.isNaN(agreed) && agreed <= 0) {
      errors.add("agreed_days: must be above 0");
    }
    if (!Double.isNaN(self + doctor + agreed) && self + doctor > agreed + TOLERANCE) {
      errors.add("lost days: self- and doctor-certified together exceed the agreed days");
    }
    if (!Double.isNaN(self + doctor + shortTerm + longTerm)
        && Math.abs(shortTerm + longTerm - (self + doctor)) > TOLERANCE) {
      errors.add(
          "lost days: short and long must add up to self- and doctor-certified ("
              + (shortTerm + longTerm)
              + " ≠ "
              + (self + doctor)
              + ")");
    }
    if (tenured >= 0 && healthy > tenured) {
      errors.add("long_term_healthy: cannot exceed headcount_3y");
    }
    if (!errors.isEmpty()) {
      return unit.isEmpty() || period == null ? null : new Line(number, unit, period, null);
    }
    return new Line(
        number,
        unit,
        period,
        new SickLeave(agreed, self, doctor, shortTerm, longTerm, tenured, healthy));
  }

  /** One line's fields by column name. */
  private record Row(String[] fields, Map<String, Integer> index, boolean decimalComma) {

    int width() {
      return index.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    String text(String column) {
      return fields[index.get(column)].trim();
    }

    double days(String column, List<String> errors) {
      String value = text(column);
      try {
        double days = Double.parseDouble(decimalComma ? value.replace(',', '.') : value);
        if (Double.isNaN(days) || days < 0 || days > MAX_DAYS) {
          errors.add(column + ": must be a number of days from 0");
          return Double.NaN;
        }
        return days;
      } catch (NumberFormatException e) {
        errors.add(column + ": must be a number of days");
        return Double.NaN;
      }
    }

    long count(String column, List<String> errors) {
      String value = text(column);
      try {
        long count = Long.parseLong(value);
        if (count < 0) {
          errors.add(column + ": must not be negative");
          return -1;
        }
        return count;
      } catch (NumberFormatException e) {
        errors.add(column + ": must be a whole number of employees");
        return -1;
      }
    }
  }
}
