package no.saman.reports.format;

import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * How each indicator the reports know is printed, keyed by its analytics id, so a new indicator
 * needs one line here and one label per language.
 */
public enum IndicatorFormat {
  AVG_POSITION_SIZE("avg_position_size", (format, value) -> format.percent(value, 2)),
  WANTS_LARGER_SHARE("wants_larger_share", FigureFormat::share),
  HIDDEN_FTE("hidden_fte", (format, value) -> format.decimal(value, 1));

  private final String id;
  private final BiFunction<FigureFormat, Double, String> formatter;

  IndicatorFormat(String id, BiFunction<FigureFormat, Double, String> formatter) {
    this.id = id;
    this.formatter = formatter;
  }

  /**
   * The format of the indicator with this analytics id.
   *
   * @throws IllegalArgumentException for an id no report knows how to print
   */
  public static IndicatorFormat byId(String id) {
    return Arrays.stream(values())
        .filter(indicator -> indicator.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown indicator id '" + id + "'"));
  }

  /** The analytics id, e.g. {@code avg_position_size}; also the suffix of its label key. */
  public String id() {
    return id;
  }

  /** The value as the report prints it in the language of {@code format}. */
  public String format(FigureFormat format, double value) {
    return formatter.apply(format, value);
  }
}
