package no.saman.analytics.results;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.saman.analytics.grouping.CellFigures;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.indicator.ItemFigure;
import no.saman.analytics.indicator.PositionSizeBands;

/**
 * The figures of a group the anonymity guard let through, shared by the results API and the reports
 * so both say the same: the indicators and items it allowed, each indicator with the values of the
 * groups it is compared with, and the position-size bands when allowed.
 *
 * @param responseRate responses / headcount, null when the headcount is unknown
 * @param indicators in catalogue order, without the response count and rate
 * @param positionSizes empty when not allowed
 */
public record GroupFigures(
    @Nullable Double responseRate,
    List<IndicatorFigure> indicators,
    List<ItemFigure> items,
    List<PositionSizeBands.Count> positionSizes) {

  /**
   * One indicator of the group.
   *
   * @param compare comparison group (municipality, serviceType, county, all, and network when the
   *     municipality is in exactly one) to its value, only those that may be shown
   * @param networks each network of the municipality that shows the figure, in id order
   * @param previous the change since the group's previous round, null without one
   */
  public record IndicatorFigure(
      Figure figure,
      Map<String, Double> compare,
      List<NetworkValue> networks,
      @Nullable Previous previous) {

    public IndicatorFigure {
      compare = Map.copyOf(compare);
      networks = List.copyOf(networks);
    }

    public String id() {
      return figure.id();
    }
  }

  /**
   * One of the municipality's networks on one indicator.
   *
   * @param value pooled over the members that show the figure
   * @param members how many members it is pooled over: the network's N
   */
  public record NetworkValue(String id, String name, double value, int members) {}

  /**
   * The allowed figures of a cell.
   *
   * @param allowed the figure ids the guard allowed
   * @param context each indicator's comparison values and change
   */
  static GroupFigures of(CellFigures cell, Set<String> allowed, Context context) {
    List<IndicatorFigure> indicators = new ArrayList<>();
    for (Figure figure : cell.indicators().values()) {
      if (isTopLevel(figure) || !allowed.contains(figure.id())) {
        continue;
      }
      indicators.add(
          new IndicatorFigure(
              figure, context.compare(figure), context.networks(figure), context.previous(figure)));
    }
    List<ItemFigure> items =
        cell.items().stream()
            .filter(i -> allowed.contains(CellFigures.itemFigure(i.id())))
            .toList();
    Figure rate = cell.indicators().get("response_rate");
    return new GroupFigures(
        rate == null || !allowed.contains(rate.id()) ? null : rate.value(),
        List.copyOf(indicators),
        items,
        allowed.contains(CellFigures.POSITION_SIZE_BANDS) ? cell.positionSizes() : List.of());
  }

  /** What an indicator is shown beside. */
  public interface Context {

    /** Comparison group to its value, only those that may be shown. */
    Map<String, Double> compare(Figure figure);

    /** Each of the municipality's networks that shows the figure. */
    List<NetworkValue> networks(Figure figure);

    /** The change since the previous round, null without one. */
    @Nullable
    Previous previous(Figure figure);

    /** No comparisons, no change. */
    Context NONE =
        new Context() {
          @Override
          public Map<String, Double> compare(Figure figure) {
            return Map.of();
          }

          @Override
          public List<NetworkValue> networks(Figure figure) {
            return List.of();
          }

          @Override
          public Previous previous(Figure figure) {
            return null;
          }
        };
  }

  private static boolean isTopLevel(Figure figure) {
    return figure.id().equals("responses") || figure.id().equals("response_rate");
  }
}
