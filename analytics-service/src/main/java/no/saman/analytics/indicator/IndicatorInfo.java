package no.saman.analytics.indicator;

import java.util.Map;

/**
 * One entry of the indicator catalogue: what an indicator is called and exactly how it is computed.
 *
 * @param names the name in nn, nb and en
 * @param definition the exact definition, in English
 * @param unit the unit of measure: count, share (0..1), percent, fte, score_1_5, score_0_100,
 *     score_1_10, alpha or distribution
 */
public record IndicatorInfo(
    String id,
    Map<String, String> names,
    String definition,
    String unit,
    Kind kind,
    Source source) {

  public IndicatorInfo {
    names = Map.copyOf(names);
  }

  static IndicatorInfo survey(
      String id, String nn, String nb, String en, String definition, String unit, Kind kind) {
    return new IndicatorInfo(
        id, Map.of("nn", nn, "nb", nb, "en", en), definition, unit, kind, Source.SURVEY);
  }

  static IndicatorInfo register(
      String id, String nn, String nb, String en, String definition, String unit, Kind kind) {
    return new IndicatorInfo(
        id, Map.of("nn", nn, "nb", nb, "en", en), definition, unit, kind, Source.REGISTER);
  }
}
