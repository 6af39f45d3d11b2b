package no.saman.analytics.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the ways an event breaks its contract (infra/contracts/*.schema.json), checked by hand
 * so that the service needs no schema engine at run time; the contract tests hold it to the
 * schemas.
 */
final class Violations {

  private final List<String> messages = new ArrayList<>();

  List<String> messages() {
    return List.copyOf(messages);
  }

  void add(String message) {
    messages.add(message);
  }

  boolean required(String field, Object value) {
    if (value == null) {
      add(field + ": is missing but it is required");
      return false;
    }
    return true;
  }

  void constant(String field, String value, String expected) {
    if (required(field, value) && !expected.equals(value)) {
      add(field + ": must be '" + expected + "', was '" + value + "'");
    }
  }

  void oneOf(String field, String value, Collection<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      add(field + ": must be one of " + allowed + ", was '" + value + "'");
    }
  }

  void length(String field, String value, int min, int max) {
    if (value != null && (value.length() < min || value.length() > max)) {
      add(field + ": must have " + min + " to " + max + " characters");
    }
  }

  void matches(String field, String value, Pattern pattern) {
    if (value != null && !pattern.matcher(value).matches()) {
      add(field + ": does not match " + pattern.pattern());
    }
  }

  void date(String field, String value) {
    if (value == null) {
      return;
    }
    try {
      LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      add(field + ": must be a date (yyyy-mm-dd), was '" + value + "'");
    }
  }

  void atLeast(String field, Integer value, int min) {
    if (value != null && value < min) {
      add(field + ": must be at least " + min);
    }
  }
}
