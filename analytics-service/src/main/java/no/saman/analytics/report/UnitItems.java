package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.saman.analytics.indicator.ItemFigure;
import no.saman.analytics.results.GroupFigures;
import no.saman.reports.unit.UnitReportModel.CompetenceUseShare;
import no.saman.reports.unit.UnitReportModel.ItemScore;

/**
 * The unit report's item sections from the items the results API shows: the K1 distribution as
 * shares of those who answered, and the L1–L7 means, each beside the municipality's when it shows
 * that item.
 */
final class UnitItems {

  static final String COMPETENCE_USE = "K1";
  static final List<String> LEADERSHIP = List.of("L1", "L2", "L3", "L4", "L5", "L6", "L7");

  private final GroupFigures unit;
  private final GroupFigures municipality;

  /**
   * @param unit the unit's figures, null when it is suppressed
   * @param municipality the municipality's figures, null when it is suppressed
   */
  UnitItems(@Nullable GroupFigures unit, @Nullable GroupFigures municipality) {
    this.unit = unit;
    this.municipality = municipality;
  }

  /** Answers 1–5 of K1 as shares of the unit's answers; empty when the unit shows no K1. */
  List<CompetenceUseShare> competenceUse() {
    Optional<ItemFigure> own = item(unit, COMPETENCE_USE);
    if (own.isEmpty() || own.get().n() == 0) {
      return List.of();
    }
    Optional<ItemFigure> whole = item(municipality, COMPETENCE_USE);
    List<CompetenceUseShare> shares = new ArrayList<>();
    for (int answer = 1; answer <= 5; answer++) {
      int a = answer;
      shares.add(
          new CompetenceUseShare(
              answer,
              share(own.get(), a),
              whole.filter(i -> i.n() > 0).map(i -> share(i, a)).orElse(null)));
    }
    return shares;
  }

  /** L1–L7 with a mean in the unit, in order. */
  List<ItemScore> leadership() {
    List<ItemScore> scores = new ArrayList<>();
    for (String id : LEADERSHIP) {
      item(unit, id)
          .filter(i -> i.mean() != null)
          .ifPresent(
              i ->
                  scores.add(
                      new ItemScore(
                          id,
                          i.mean(),
                          item(municipality, id)
                              .filter(m -> m.mean() != null)
                              .map(ItemFigure::mean)
                              .orElse(null))));
    }
    return scores;
  }

  private static double share(ItemFigure item, int answer) {
    return (double) item.distribution().getOrDefault(String.valueOf(answer), 0L) / item.n();
  }

  private static Optional<ItemFigure> item(@Nullable GroupFigures figures, String id) {
    return figures == null
        ? Optional.empty()
        : figures.items().stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
