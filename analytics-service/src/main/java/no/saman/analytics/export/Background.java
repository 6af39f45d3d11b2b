package no.saman.analytics.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.indicator.PositionSizeBands;

/**
 * The quasi-identifiers an export releases beside the group — occupation, age band, tenure band and
 * position-size band — each with its generalisation ladder: the exact category, a coarser one, and
 * not released ({@code null}, written NA). A value the survey does not offer counts as not given.
 */
public final class Background {

  /** The export's column names, in column order. */
  public static final List<String> COLUMNS =
      List.of("occupation", "age_band", "tenure_band", "position_size_band");

  /** How many steps each ladder has: exact, coarse, not released. */
  public static final int LEVELS = 3;

  private static final List<Map<String, String>> COARSE =
      List.of(
          Map.of(
              "nurse", "health_care",
              "healthcare_worker", "health_care",
              "assistant", "health_care",
              "teacher", "education",
              "kindergarten_teacher", "education",
              "leader", "leader",
              "other", "other"),
          Map.of(
              "under_30", "under_40",
              "30-39", "under_40",
              "40-49", "40_plus",
              "50-59", "40_plus",
              "60_plus", "40_plus"),
          Map.of("under_1", "under_3", "1-2", "under_3", "3-9", "3_plus", "10_plus", "3_plus"),
          Map.of(
              "1-49", "part_time", "50-74", "part_time", "75-99", "part_time", "100", "full_time"));

  private static final List<Map<String, String>> CANONICAL = canonical();

  private static final List<String> BANDS = List.of("1-49", "50-74", "75-99", "100");

  private Background() {}

  /**
   * A respondent's quasi-identifiers as stored: unknown values and a position size outside 1–100
   * become null.
   */
  public static List<String> of(Map<String, String> background, Integer positionSize) {
    List<String> values = new ArrayList<>(COLUMNS.size());
    values.add(known(0, background.get("occupation")));
    values.add(known(1, background.get("ageBand")));
    values.add(known(2, background.get("tenureBand")));
    values.add(band(positionSize));
    return Collections.unmodifiableList(values);
  }

  /** The position-size band of a percentage, null outside 1–100. */
  public static String band(Integer percent) {
    if (percent == null) {
      return null;
    }
    for (int b = 0; b < PositionSizeBands.BANDS.size(); b++) {
      PositionSizeBands.Band band = PositionSizeBands.BANDS.get(b);
      if (percent >= band.from() && percent <= band.to()) {
        return BANDS.get(b);
      }
    }
    return null;
  }

  /** A value at a step of its ladder: 0 as it is, 1 coarse, 2 (or more) not released. */
  public static String generalise(int dimension, String value, int level) {
    if (value == null || level >= 2) {
      return null;
    }
    return level == 0 ? value : COARSE.get(dimension).get(value);
  }

  /** The exact categories of a dimension, for the codebook. */
  public static List<String> categories(int dimension) {
    return COARSE.get(dimension).keySet().stream().sorted().toList();
  }

  /** The coarse category of each exact one, for the codebook. */
  public static Map<String, String> coarse(int dimension) {
    return COARSE.get(dimension);
  }

  /**
   * The offered category's own constant, so that the backgrounds an export counts (one list per
   * distinct combination, hundreds of thousands in a national wave) share their strings instead of
   * each keeping the copies parsed from its first response.
   */
  private static String known(int dimension, String value) {
    return value == null ? null : CANONICAL.get(dimension).get(value);
  }

  private static List<Map<String, String>> canonical() {
    List<Map<String, String>> all = new ArrayList<>();
    for (Map<String, String> ladder : COARSE) {
      Map<String, String> own = new HashMap<>();
      ladder.keySet().forEach(value -> own.put(value, value));
      all.add(Map.copyOf(own));
    }
    return List.copyOf(all);
  }
}
