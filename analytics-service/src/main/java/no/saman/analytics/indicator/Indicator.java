package no.saman.analytics.indicator;

import static no.saman.analytics.statistics.ResponseMeasures.CURRENT_POSITION;
import static no.saman.analytics.statistics.ResponseMeasures.FULL_TIME;
import static no.saman.analytics.statistics.ResponseMeasures.HIDDEN_FTE_GAP;
import static no.saman.analytics.statistics.ResponseMeasures.INVOLUNTARY_PART_TIME;
import static no.saman.analytics.statistics.ResponseMeasures.WANTS_LARGER;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import no.saman.analytics.statistics.GroupStatistics;
import no.saman.analytics.statistics.SufficientStats;

/**
 * The indicators of domain §4 that come from the position-size items, each computed from a group's
 * merged statistics so that no group costs more than its number of units.
 */
public enum Indicator {
  /** mean(H1), in percent. */
  AVG_POSITION_SIZE("avg_position_size", CURRENT_POSITION, SufficientStats::mean),
  /** Share (0..1) of respondents with H2 > H1. */
  WANTS_LARGER_SHARE("wants_larger_share", WANTS_LARGER, SufficientStats::mean),
  /** Σ max(0, H2 − H1) / 100: the full-time equivalents the respondents would like to add. */
  HIDDEN_FTE("hidden_fte", HIDDEN_FTE_GAP, stats -> stats.sum() / 100),
  /** Share (0..1) of respondents with H1 = 100. */
  FULL_TIME_SHARE("full_time_share", FULL_TIME, SufficientStats::mean),
  /** Share (0..1) of respondents with H1 < 100 and H2 > H1. */
  INVOLUNTARY_PART_TIME_SHARE(
      "involuntary_part_time_share", INVOLUNTARY_PART_TIME, SufficientStats::mean);

  private static final int DECIMALS = 2;

  private final String id;
  private final String measure;
  private final ToDoubleFunction<SufficientStats> formula;

  Indicator(String id, String measure, ToDoubleFunction<SufficientStats> formula) {
    this.id = id;
    this.measure = measure;
    this.formula = formula;
  }

  /** The id used in the API and in reports, e.g. {@code avg_position_size}. */
  public String id() {
    return id;
  }

  /** The measure the indicator is computed from. */
  public String measure() {
    return measure;
  }

  /** How many respondents the indicator rests on in this group. */
  public long basis(GroupStatistics group) {
    return group.measure(measure).n();
  }

  /** The exact value, empty when no respondent of the group gave what it needs. */
  public OptionalDouble value(GroupStatistics group) {
    SufficientStats stats = group.measure(measure);
    return stats.n() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(formula.applyAsDouble(stats));
  }

  /** The value as published: rounded half up to two decimals. */
  public OptionalDouble rounded(GroupStatistics group) {
    OptionalDouble value = value(group);
    return value.isEmpty() ? value : OptionalDouble.of(round(value.getAsDouble()));
  }

  /** Rounds half up to the two decimals every published figure has. */
  public static double round(double value) {
    return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
  }

  public static Optional<Indicator> byId(String id) {
    return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
  }
}
