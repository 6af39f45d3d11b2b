package no.saman.analytics.grouping;

import static no.saman.analytics.statistics.ResponseMeasures.CURRENT_POSITION;
import static no.saman.analytics.statistics.ResponseMeasures.DESIRED_POSITION;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.indicator.ItemFigure;
import no.saman.analytics.indicator.ItemFigures;
import no.saman.analytics.indicator.PositionSizeBands;
import no.saman.analytics.indicator.SurveyIndicators;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.statistics.GroupStatistics;

/**
 * Every figure one group (or category) could show, with the number of respondents each rests on —
 * what the anonymity guard decides on before any of it is shown.
 *
 * @param bases figure id to its basis: indicator ids, {@code item:<id>} for item statistics and
 *     {@link #POSITION_SIZE_BANDS}
 */
public record CellFigures(
    long responses,
    Map<String, Figure> indicators,
    List<ItemFigure> items,
    List<PositionSizeBands.Count> positionSizes,
    Map<String, Long> bases) {

  /** The figure id of the position-size chart, resting on those who gave both H1 and H2. */
  public static final String POSITION_SIZE_BANDS = "position_size_bands";

  public static String itemFigure(String item) {
    return "item:" + item;
  }

  public static CellFigures of(GroupStatistics stats, Long headcount, Instrument instrument) {
    Map<String, Figure> indicators = SurveyIndicators.of(stats, headcount, instrument);
    List<ItemFigure> items = ItemFigures.of(stats, instrument);
    Map<String, Long> bases = new HashMap<>();
    indicators.forEach((id, f) -> bases.put(id, f.basis()));
    items.forEach(i -> bases.put(itemFigure(i.id()), i.n()));
    long bands = Math.min(stats.measure(CURRENT_POSITION).n(), stats.measure(DESIRED_POSITION).n());
    if (bands > 0) {
      bases.put(POSITION_SIZE_BANDS, bands);
    }
    return new CellFigures(
        stats.responses(), indicators, items, PositionSizeBands.of(stats), Map.copyOf(bases));
  }
}
