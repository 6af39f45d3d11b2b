package no.saman.infra.testing.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A field of a request body and the values it must refuse: each factory knows the rule the service
 * applies (its pattern, length, range), so that every value it yields is invalid for certain.
 */
public record Field(String name, boolean free, Function<Random, List<Object>> invalid) {

  /**
   * Values no text field takes, among them what micronaut-serde used to coerce into text: a
   * one-item array, a number and a boolean (infra/web's {@code StrictScalars} refuses them now).
   */
  private static final List<Object> NOT_SCALAR =
      List.of(Map.of("x", 1), List.of("a", "b"), List.of(), List.of("a"), 12, true);

  /** Required free text of at most {@code max} characters. */
  public static Field text(String name, int max) {
    return new Field(
        name,
        true,
        r -> {
          List<Object> values = new ArrayList<>(NOT_SCALAR);
          values.addAll(List.of("", "   ", HostileText.ofLength(r, max + 1 + r.nextInt(50))));
          values.add(null);
          return values;
        });
  }

  /** Optional free text of at most {@code max} characters. */
  public static Field optionalText(String name, int max) {
    return new Field(
        name,
        true,
        r -> {
          List<Object> values = new ArrayList<>(NOT_SCALAR);
          values.add(HostileText.ofLength(r, max + 1 + r.nextInt(50)));
          return values;
        });
  }

  /** Text that must match {@code regex} (a code, an enum, a pattern): hostile text never does. */
  public static Field pattern(String name, String regex) {
    return new Field(
        name,
        false,
        r -> {
          List<Object> values = new ArrayList<>(NOT_SCALAR);
          HostileText.SAMPLES.stream().filter(s -> !s.matches(regex)).forEach(values::add);
          values.add(HostileText.ofLength(r, 5000));
          values.add(null);
          return values;
        });
  }

  /** Optional text that must match {@code regex} when it is given. */
  public static Field optionalPattern(String name, String regex) {
    Field required = pattern(name, regex);
    return new Field(
        name,
        false,
        r -> {
          List<Object> values = new ArrayList<>(required.invalid().apply(r));
          values.removeIf(java.util.Objects::isNull);
          return values;
        });
  }

  /** A whole number from {@code min} to {@code max}. */
  public static Field integer(String name, long min, long max) {
    return new Field(
        name,
        false,
        r ->
            new ArrayList<>(
                List.of(
                    min - 1,
                    max + 1,
                    Long.MIN_VALUE,
                    new Json.Raw("1e400"),
                    new Json.Raw("-1e400"),
                    new Json.Raw("99999999999999999999999"),
                    1.5,
                    true,
                    String.valueOf(min),
                    List.of(min),
                    "not a number",
                    HostileText.any(r),
                    Map.of("value", 1),
                    List.of(1, 2))));
  }

  /** A finite number. */
  public static Field number(String name) {
    return new Field(
        name,
        false,
        r ->
            new ArrayList<>(
                List.of(
                    new Json.Raw("1e400"),
                    new Json.Raw("-1e400"),
                    true,
                    "1.5",
                    List.of(1.5),
                    "not a number",
                    HostileText.any(r),
                    Map.of("value", 1),
                    List.of(1.5, 2.5))));
  }

  /** A date (yyyy-mm-dd, or a date-time). */
  public static Field date(String name) {
    return new Field(
        name,
        false,
        r -> {
          List<Object> values =
              new ArrayList<>(
                  List.of(
                      "2026-02-30",
                      "2026-13-01",
                      "30.11.2026",
                      "2026-11-30T25:61:00Z",
                      "2026-11-30 junk",
                      "+999999999-12-31T00:00:00Z",
                      Map.of("year", 2026),
                      List.of(2026, 11, 30)));
          HostileText.SAMPLES.stream().filter(s -> !s.isBlank()).forEach(values::add);
          values.add(null);
          return values;
        });
  }

  /** A list of at most {@code max} items that each match {@code regex}. */
  public static Field patternList(String name, String regex, int max) {
    return new Field(
        name,
        false,
        r -> {
          List<Object> values = new ArrayList<>();
          values.add("not a list");
          values.add(Map.of("0", "x"));
          values.add(Collections.singletonList(null));
          values.add(List.of(Map.of("x", 1)));
          values.add(List.of(List.of()));
          values.add(Collections.nCopies(max + 1 + r.nextInt(100), "x"));
          HostileText.SAMPLES.stream()
              .filter(s -> !s.matches(regex))
              .forEach(s -> values.add(List.of(s)));
          return values;
        });
  }

  /** An object whose keys must be known ids: hostile keys never are. */
  public static Field keyed(String name) {
    return new Field(
        name,
        false,
        r -> {
          List<Object> values = new ArrayList<>(List.of("text", 1, List.of(1)));
          for (String key : HostileText.SAMPLES) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put(key, HostileText.any(r));
            values.add(map);
          }
          return values;
        });
  }

  /** A field with a hand-made list of invalid values. */
  public static Field invalid(String name, Object... values) {
    List<Object> list = new ArrayList<>();
    Collections.addAll(list, values);
    return new Field(name, false, r -> list);
  }
}
