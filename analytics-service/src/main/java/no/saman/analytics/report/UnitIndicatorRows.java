package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.saman.analytics.indicator.Change;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.indicator.IndicatorCatalogue;
import no.saman.analytics.indicator.Kind;
import no.saman.analytics.results.DisclosedGroup;
import no.saman.analytics.results.GroupFigures;
import no.saman.analytics.results.GroupFigures.IndicatorFigure;
import no.saman.analytics.results.Previous;
import no.saman.analytics.results.RegisterBlock;
import no.saman.reports.unit.UnitReportModel;
import no.saman.reports.unit.UnitReportModel.IndicatorRow;

/**
 * The unit report's indicator rows as the results API shows them: the unit's value, its
 * municipality, same-service-type, per-network and all-participants comparisons, and the change
 * from {@code previous} with its 95 % interval; a suppressed unit gets its municipality's value
 * only.
 */
final class UnitIndicatorRows {

  private final GroupFigures unit;
  private final GroupFigures municipality;
  private String previousWave;

  /**
   * @param unit the unit's figures, null when it is suppressed
   * @param municipality the municipality's figures, null when it is suppressed
   */
  UnitIndicatorRows(@Nullable GroupFigures unit, @Nullable GroupFigures municipality) {
    this.unit = unit;
    this.municipality = municipality;
  }

  /** The rows of the candidates the unit (or, when it is suppressed, its municipality) has. */
  List<IndicatorRow> of(List<String> candidates) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (String id : candidates) {
      if (unit != null) {
        find(unit, id).ifPresent(f -> rows.add(shown(f)));
      } else if (municipality != null) {
        find(municipality, id)
            .ifPresent(f -> rows.add(new IndicatorRow(id, null, f.figure().value())));
      }
    }
    if (rows.isEmpty() && unit == null && municipality == null && !isIndices(candidates)) {
      KeyIndicators.WHEN_NOTHING_IS_SHOWN.forEach(id -> rows.add(new IndicatorRow(id, null, null)));
    }
    return rows;
  }

  /** The wave the changes are measured from, null when no row has a change. */
  @Nullable
  String previousWave() {
    return previousWave;
  }

  /** The unit's register figures beside its municipality's, when the municipality has any. */
  static List<IndicatorRow> register(DisclosedGroup unit, DisclosedGroup municipality) {
    RegisterBlock own = unit.register();
    RegisterBlock whole = municipality.register();
    List<IndicatorRow> rows = new ArrayList<>();
    if (own == null) {
      return rows;
    }
    for (String id : KeyIndicators.REGISTER) {
      Figure figure = own.figures().get(id);
      if (figure != null && figure.value() != null) {
        Figure reference = whole == null ? null : whole.figures().get(id);
        rows.add(
            new IndicatorRow(id, figure.value(), reference == null ? null : reference.value()));
      }
    }
    return rows;
  }

  private IndicatorRow shown(IndicatorFigure figure) {
    // A total (e.g. hidden FTE) grows with the group, so a larger group's total is no yardstick;
    // the results page leaves these comparisons out too.
    boolean total = isTotal(figure.id());
    Map<String, Double> compare = total ? Map.of() : figure.compare();
    List<UnitReportModel.NetworkValue> networks =
        total
            ? List.of()
            : figure.networks().stream()
                .map(
                    n -> new UnitReportModel.NetworkValue(n.id(), n.name(), n.value(), n.members()))
                .toList();
    return new IndicatorRow(
        figure.id(),
        figure.figure().value(),
        compare.get("municipality"),
        compare.get("serviceType"),
        compare.get("all"),
        change(figure.previous()),
        networks);
  }

  /** The API's {@code previous} as the report's change. */
  private UnitReportModel.Change change(@Nullable Previous previous) {
    if (previous == null || previous.withheld()) {
      return null;
    }
    Change c = previous.change();
    previousWave = previous.wave();
    return new UnitReportModel.Change(c.change(), c.lower(), c.upper(), c.significant());
  }

  private static boolean isTotal(String id) {
    return IndicatorCatalogue.fixed(id).map(i -> i.kind() == Kind.TOTAL).orElse(false);
  }

  private static Optional<IndicatorFigure> find(GroupFigures figures, String id) {
    return figures.indicators().stream()
        .filter(f -> f.id().equals(id) && f.figure().value() != null)
        .findFirst();
  }

  private static boolean isIndices(List<String> candidates) {
    return candidates.stream().allMatch(KeyIndicators::isIndex);
  }
}
