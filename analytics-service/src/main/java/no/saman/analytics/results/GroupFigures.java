package no.saman.analytics.results;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import no.saman.analytics.anonymity.AnonymityThreshold;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.indicator.Indicator;
import no.saman.analytics.indicator.PositionSizeBands;
import no.saman.analytics.statistics.GroupStatistics;

/**
 * The figures of a group that the anonymity rule lets through, shared by the results API and the
 * reports so both say the same: every indicator resting on at least k answers, the municipality's
 * value beside it only when the municipality may be shown, and the position-size bands.
 *
 * @param responseRate responses / headcount, null when the headcount is unknown
 * @param indicators in the order of {@link Indicator}
 */
public record GroupFigures(
    @Nullable Double responseRate,
    List<IndicatorFigure> indicators,
    List<PositionSizeBands.Count> positionSizes) {

  /**
   * One indicator of the group.
   *
   * @param municipalityValue the whole municipality's value, null when it may not be shown or the
   *     group is the municipality
   */
  public record IndicatorFigure(
      Indicator indicator, double value, @Nullable Double municipalityValue) {}

  /** What may be disclosed of the snapshot's group. */
  public static Disclosure<GroupFigures> disclose(
      GroupSnapshot snapshot, AnonymityThreshold threshold) {
    return threshold.disclose(snapshot.group().responses(), () -> figures(snapshot, threshold));
  }

  private static GroupFigures figures(GroupSnapshot snapshot, AnonymityThreshold threshold) {
    GroupStatistics group = snapshot.group();
    GroupStatistics municipality = snapshot.wholeMunicipality();
    boolean compare = !snapshot.isMunicipality() && threshold.permits(municipality.responses());
    List<IndicatorFigure> indicators = new ArrayList<>();
    for (Indicator indicator : Indicator.values()) {
      if (!threshold.permits(indicator.basis(group))) {
        continue;
      }
      Double municipalityValue = null;
      if (compare && threshold.permits(indicator.basis(municipality))) {
        municipalityValue = indicator.rounded(municipality).getAsDouble();
      }
      indicators.add(
          new IndicatorFigure(
              indicator, indicator.rounded(group).getAsDouble(), municipalityValue));
    }
    return new GroupFigures(
        responseRate(group.responses(), snapshot.headcount()),
        List.copyOf(indicators),
        PositionSizeBands.of(group));
  }

  private static Double responseRate(long responses, @Nullable Long headcount) {
    if (headcount == null || headcount == 0) {
      return null;
    }
    return Indicator.round((double) responses / headcount);
  }
}
