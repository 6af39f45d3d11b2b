package no.saman.analytics.results;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.saman.analytics.anonymity.AnonymityThreshold;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.indicator.ItemFigure;
import no.saman.analytics.indicator.ItemFigures;
import no.saman.analytics.indicator.PositionSizeBands;
import no.saman.analytics.indicator.SurveyIndicators;

/**
 * The figures of a group that the anonymity rule lets through, shared by the results API and the
 * reports so both say the same: every indicator and item resting on at least k answers, the
 * municipality's value beside it only when the municipality may be shown, and the position-size
 * bands.
 *
 * @param responseRate responses / headcount, null when the headcount is unknown
 * @param indicators in catalogue order, without the response count and rate
 */
public record GroupFigures(
    @Nullable Double responseRate,
    List<IndicatorFigure> indicators,
    List<ItemFigure> items,
    List<PositionSizeBands.Count> positionSizes) {

  /**
   * One indicator of the group.
   *
   * @param municipalityValue the whole municipality's value, null when it may not be shown or the
   *     group is the municipality
   */
  public record IndicatorFigure(Figure figure, @Nullable Double municipalityValue) {

    public String id() {
      return figure.id();
    }
  }

  /** What may be disclosed of the snapshot's group. */
  public static Disclosure<GroupFigures> disclose(
      GroupSnapshot snapshot, AnonymityThreshold threshold) {
    return threshold.disclose(snapshot.group().responses(), () -> figures(snapshot, threshold));
  }

  private static GroupFigures figures(GroupSnapshot snapshot, AnonymityThreshold threshold) {
    Map<String, Figure> group =
        SurveyIndicators.of(snapshot.group(), snapshot.headcount(), snapshot.instrument());
    Map<String, Figure> municipality =
        SurveyIndicators.of(
            snapshot.wholeMunicipality(), snapshot.municipalityHeadcount(), snapshot.instrument());
    boolean compare =
        !snapshot.isMunicipality() && threshold.permits(snapshot.wholeMunicipality().responses());
    List<IndicatorFigure> indicators = new ArrayList<>();
    for (Figure figure : group.values()) {
      if (isTopLevel(figure) || !threshold.permits(figure.basis())) {
        continue;
      }
      Figure other = municipality.get(figure.id());
      Double municipalityValue = null;
      if (compare && other != null && other.value() != null && threshold.permits(other.basis())) {
        municipalityValue = other.rounded();
      }
      indicators.add(new IndicatorFigure(figure, municipalityValue));
    }
    List<ItemFigure> items =
        ItemFigures.of(snapshot.group(), snapshot.instrument()).stream()
            .filter(i -> threshold.permits(i.n()))
            .toList();
    Figure rate = group.get("response_rate");
    return new GroupFigures(
        rate == null ? null : rate.rounded(),
        List.copyOf(indicators),
        items,
        PositionSizeBands.of(snapshot.group()));
  }

  private static boolean isTopLevel(Figure figure) {
    return figure.id().equals("responses") || figure.id().equals("response_rate");
  }
}
