package no.saman.analytics.goal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.indicator.Change;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.indicator.ItemFigure;
import no.saman.analytics.indicator.Kind;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.results.DisclosedGroup;
import no.saman.analytics.results.GroupFigures;
import no.saman.analytics.results.RoundReader;
import no.saman.analytics.results.RoundResults;
import no.saman.analytics.round.SurveyRound;

/**
 * A measure's result: the targeted figure of the goal's group in the latest round that opened
 * before the measure started and in the latest round that opened since, as the results API shows
 * them, and the change between the two with the results API's interval.
 */
@Singleton
class MeasureResults {

  private final RoundReader reader;
  private final RoundResults results;

  MeasureResults(RoundReader reader, RoundResults results) {
    this.reader = reader;
    this.results = results;
  }

  @Nullable
  MeasureView.Result of(Goal goal, String target, LocalDate starts) {
    List<SurveyRound> rounds = reader.roundsOf(goal.municipality());
    SurveyRound before =
        rounds.stream()
            .filter(r -> r.opens() != null && r.opens().isBefore(starts))
            .findFirst()
            .orElse(null);
    SurveyRound after =
        rounds.stream()
            .filter(r -> r.opens() != null && !r.opens().isBefore(starts))
            .findFirst()
            .orElse(null);
    Figure a = before == null ? null : figure(before, goal.unit(), target).orElse(null);
    Figure b = after == null ? null : figure(after, goal.unit(), target).orElse(null);
    if (a == null && b == null) {
      return null;
    }
    Change change = a == null || b == null ? null : Change.between(b, a).orElse(null);
    return new MeasureView.Result(
        point(before, a),
        point(after, b),
        change == null ? null : change.change(),
        change == null || change.lower() == null ? null : List.of(change.lower(), change.upper()),
        change == null ? null : change.significant());
  }

  private static MeasureView.Point point(SurveyRound round, Figure figure) {
    return figure == null
        ? null
        : new MeasureView.Point(round.id(), round.wave(), round.opens().toString(), figure.value());
  }

  /** The figure as the results API shows it for the group, empty when it may not be shown. */
  private Optional<Figure> figure(SurveyRound round, @Nullable String unit, String target) {
    DisclosedGroup group;
    try {
      group = results.group(round.id(), unit, null);
    } catch (ProblemException unitNotInRound) {
      return Optional.empty();
    }
    if (!(group.disclosure() instanceof Disclosure.Shown<GroupFigures> shown)) {
      return Optional.empty();
    }
    Optional<Figure> indicator =
        shown.figures().indicators().stream()
            .filter(i -> i.id().equals(target))
            .map(GroupFigures.IndicatorFigure::figure)
            .filter(f -> f.value() != null)
            .findFirst();
    if (indicator.isPresent()) {
      return indicator;
    }
    return shown.figures().items().stream()
        .filter(i -> i.id().equals(target) && i.mean() != null)
        .findFirst()
        .map(MeasureResults::asMean);
  }

  /** An item's mean as a figure, so that its change gets Welch's interval like an index's. */
  private static Figure asMean(ItemFigure item) {
    double variance = item.sd() == null ? Double.NaN : item.sd() * item.sd();
    return new Figure(item.id(), Kind.MEAN, item.mean(), item.n(), variance, java.util.Map.of());
  }
}
