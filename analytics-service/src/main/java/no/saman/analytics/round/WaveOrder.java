package no.saman.analytics.round;

import java.util.Comparator;
import java.util.Map;

/**
 * The order of a municipality's rounds: by the wave's year, then its season ({@code 2012-baseline}
 * before {@code 2012-spring} before {@code 2012-autumn}), then the order in which the rounds were
 * created — never by opening date alone (two rounds may open the same day) nor by their random ids.
 * The creation order is survey-service's, sent with each round; rounds without it (events from
 * before it was sent) came first, and among them the order they arrived in here decides.
 */
public final class WaveOrder {

  /** Earliest first. */
  public static final Comparator<SurveyRound> EARLIEST_FIRST =
      Comparator.comparingInt((SurveyRound r) -> year(r.wave()))
          .thenComparingInt(r -> season(r.wave()))
          .thenComparing(SurveyRound::created, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingLong(SurveyRound::arrival);

  /** Latest first. */
  public static final Comparator<SurveyRound> LATEST_FIRST = EARLIEST_FIRST.reversed();

  /** A season the label does not name sorts after the named ones of its year. */
  static final int UNNAMED = 9;

  /** Season words in the order of the year, in English, nynorsk and bokmål (ASCII, as in waves). */
  private static final Map<String, Integer> SEASONS =
      Map.ofEntries(
          Map.entry("baseline", 0),
          Map.entry("winter", 1),
          Map.entry("vinter", 1),
          Map.entry("spring", 2),
          Map.entry("var", 2),
          Map.entry("vaar", 2),
          Map.entry("summer", 3),
          Map.entry("sommar", 3),
          Map.entry("sommer", 3),
          Map.entry("autumn", 4),
          Map.entry("fall", 4),
          Map.entry("haust", 4),
          Map.entry("host", 4),
          Map.entry("hoest", 4));

  private WaveOrder() {}

  /** The year a wave label starts with ({@code 2013-autumn} → 2013); 0 when it has none. */
  static int year(String wave) {
    if (wave == null || wave.length() < 4) {
      return 0;
    }
    try {
      return Integer.parseInt(wave.substring(0, 4));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The rank of the label's season word, the first word after the year. */
  static int season(String wave) {
    if (wave == null || wave.length() < 6) {
      return UNNAMED;
    }
    String rest = wave.substring(5);
    int dash = rest.indexOf('-');
    String word = dash < 0 ? rest : rest.substring(0, dash);
    return SEASONS.getOrDefault(word, UNNAMED);
  }
}
