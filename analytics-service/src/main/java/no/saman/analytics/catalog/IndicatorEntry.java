package no.saman.analytics.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;
import no.saman.analytics.indicator.IndicatorInfo;

/**
 * One indicator as {@code GET /api/indicators} documents it.
 *
 * @param names nn, nb and en
 * @param unit the unit of measure, e.g. percent, share (0..1), fte, score_1_5
 * @param source survey or register
 * @param kind how changes between rounds are tested: mean (Welch), share (two proportions), none
 */
@Serdeable
public record IndicatorEntry(
    String id,
    Map<String, String> names,
    String definition,
    String unit,
    String source,
    String kind) {

  static IndicatorEntry of(IndicatorInfo info) {
    return new IndicatorEntry(
        info.id(),
        info.names(),
        info.definition(),
        info.unit(),
        info.source().name().toLowerCase(java.util.Locale.ROOT),
        info.kind().name().toLowerCase(java.util.Locale.ROOT));
  }
}
