package no.saman.reports.format;

import java.util.Arrays;

/**
 * How each indicator the reports know is printed, charted and coloured, keyed by its analytics id,
 * so a new indicator needs one line here and its labels in each language.
 */
public enum IndicatorFormat {
  RESPONSE_RATE("response_rate", ValueKind.SHARE, 1, Direction.HIGHER_IS_BETTER),
  AVG_POSITION_SIZE("avg_position_size", ValueKind.PERCENT, 2, Direction.HIGHER_IS_BETTER),
  FULL_TIME_SHARE("full_time_share", ValueKind.SHARE, 1, Direction.HIGHER_IS_BETTER),
  WANTS_LARGER_SHARE("wants_larger_share", ValueKind.SHARE, 1, Direction.LOWER_IS_BETTER),
  INVOLUNTARY_PART_TIME_SHARE(
      "involuntary_part_time_share", ValueKind.SHARE, 1, Direction.LOWER_IS_BETTER),
  HIDDEN_FTE("hidden_fte", ValueKind.NUMBER, 1, Direction.NEUTRAL),
  HIDDEN_FTE_EST("hidden_fte_est", ValueKind.NUMBER, 1, Direction.NEUTRAL),
  COMPETENCE_USE_VERY_WELL_SHARE(
      "competence_use_very_well_share", ValueKind.SHARE, 1, Direction.HIGHER_IS_BETTER),
  COMPETENCE_USE_POOR_SHARE(
      "competence_use_poor_share", ValueKind.SHARE, 1, Direction.LOWER_IS_BETTER),
  MASTERY_LEADERSHIP_INDEX(
      "mastery_leadership_index", ValueKind.SCALE_1_TO_5, 2, Direction.HIGHER_IS_BETTER),
  COMPETENCE_DRIVERS_INDEX(
      "competence_drivers_index", ValueKind.SCALE_1_TO_5, 2, Direction.HIGHER_IS_BETTER),
  PRESENCE_INDEX("presence_index", ValueKind.SCALE_1_TO_5, 2, Direction.HIGHER_IS_BETTER),
  SICK_LEAVE_PCT("sick_leave_pct", ValueKind.PERCENT, 1, Direction.LOWER_IS_BETTER),
  LONG_TERM_HEALTHY_SHARE(
      "long_term_healthy_share", ValueKind.SHARE, 1, Direction.HIGHER_IS_BETTER),
  PARTNERSHIP_SCORE("partnership_score", ValueKind.NUMBER, 1, Direction.HIGHER_IS_BETTER);

  /** Whether a higher value is good news, which decides the heat-map colour. */
  public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NEUTRAL
  }

  /** What the number is: a percent (58.51), a share of 0..1 (0.42), a 1–5 mean, or a number. */
  public enum ValueKind {
    PERCENT,
    SHARE,
    SCALE_1_TO_5,
    NUMBER
  }

  private final String id;
  private final ValueKind kind;
  private final int decimals;
  private final Direction direction;

  IndicatorFormat(String id, ValueKind kind, int decimals, Direction direction) {
    this.id = id;
    this.kind = kind;
    this.decimals = decimals;
    this.direction = direction;
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

  /** Whether the reports know how to print the indicator with this analytics id. */
  public static boolean isKnown(String id) {
    return Arrays.stream(values()).anyMatch(indicator -> indicator.id.equals(id));
  }

  /**
   * Whether the figure is a total of the group (hidden FTE), which grows with the group: a larger
   * group's total is no yardstick for it, so it is printed without comparisons.
   */
  public boolean isGroupTotal() {
    return this == HIDDEN_FTE || this == HIDDEN_FTE_EST;
  }

  /** The analytics id, e.g. {@code avg_position_size}; also the suffix of its label keys. */
  public String id() {
    return id;
  }

  public ValueKind kind() {
    return kind;
  }

  public Direction direction() {
    return direction;
  }

  /** The value as the report prints it, e.g. "58,51 %", "42,1 %", "3,62" or "5,3". */
  public String format(FigureFormat format, double value) {
    return switch (kind) {
      case PERCENT -> format.percent(value, decimals);
      case SHARE -> format.share(value);
      case SCALE_1_TO_5, NUMBER -> format.decimal(value, decimals);
    };
  }

  /**
   * A change between rounds, signed, in percentage points for percents and shares (0.06 → "+6,0"),
   * without a unit so that spreadsheets read the CSV's change as a number.
   */
  public String formatChange(FigureFormat format, double difference) {
    return kind == ValueKind.SHARE
        ? format.signed(difference * 100, FigureFormat.SHARE_DECIMALS)
        : format.signed(difference, decimals);
  }

  /** The value on a chart's axis: shares as percent (0.42 → 42), everything else as it is. */
  public double chartValue(double value) {
    return kind == ValueKind.SHARE ? value * 100 : value;
  }

  /** The decimals a chart label shows, matching {@link #format}. */
  public int chartDecimals() {
    return kind == ValueKind.SHARE ? FigureFormat.SHARE_DECIMALS : decimals;
  }

  /** The decimals of a chart's axis ticks: whole numbers, or one decimal on a 1–5 scale. */
  public int chartTickDecimals() {
    return kind == ValueKind.SCALE_1_TO_5 ? 1 : 0;
  }

  /** Whether chart labels and ticks carry a percent sign. */
  public boolean chartPercent() {
    return kind == ValueKind.SHARE || kind == ValueKind.PERCENT;
  }

  /** The fixed axis range of a chart, or null to fit the data: 0–100 % or 1–5. */
  public double[] chartRange() {
    return switch (kind) {
      case SHARE -> new double[] {0, 100};
      case PERCENT -> this == AVG_POSITION_SIZE ? new double[] {0, 100} : null;
      case SCALE_1_TO_5 -> new double[] {1, 5};
      case NUMBER -> null;
    };
  }

  /**
   * The spreadsheet number format showing the model's value as the PDF does; a percent that is
   * already in percent gets an escaped sign ({@code 0.00\ \%}), which spreadsheets print as is.
   */
  public String excelFormat() {
    String fixed = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    return switch (kind) {
      case PERCENT -> fixed + "\\ \\%";
      case SHARE -> FigureFormat.SHARE_EXCEL_FORMAT;
      case SCALE_1_TO_5, NUMBER -> fixed;
    };
  }

  /** The spreadsheet number format of a change, signed. */
  public String excelChangeFormat() {
    String fixed = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    String body = kind == ValueKind.SHARE ? FigureFormat.SHARE_EXCEL_FORMAT : fixed;
    return "+" + body + ";-" + body + ";" + body;
  }
}
