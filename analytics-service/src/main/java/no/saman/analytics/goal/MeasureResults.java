package no.saman.analytics.goal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.saman.analytics.anonymity.AnonymityGuard;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.indicator.Change;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.indicator.ItemFigure;
import no.saman.analytics.indicator.Kind;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.results.DisclosedGroup;
import no.saman.analytics.results.GroupFigures;
import no.saman.analytics.results.Previous;
import no.saman.analytics.results.RoundReader;
import no.saman.analytics.results.RoundResults;
import no.saman.analytics.round.SurveyRound;

/**
 * A measure's result: the targeted figure of the goal's group before the measure started and in the
 * latest round that opened since, as the results API shows them, and the change between the two
 * with the results API's interval. "Before" is the wave of the latest round that opened before the
 * start, all its rounds pooled — what the results API compares a round with as its previous figure
 * — so that the two agree when a municipality ran several rounds in that wave; and the change is
 * withheld where the results API withholds it (domain §6, differencing between rounds).
 */
@Singleton
class MeasureResults {

  private final RoundReader reader;
  private final RoundResults results;
  private final AnonymityGuard guard;

  MeasureResults(RoundReader reader, RoundResults results, AnonymityGuard guard) {
    this.reader = reader;
    this.results = results;
    this.guard = guard;
  }

  /** A shown figure of a group, with the group's response count. */
  private record Shown(Figure figure, long responses) {}

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
    Shown a =
        before == null
            ? null
            : results
                .waveGroup(goal.municipality(), before.wave(), goal.unit())
                .flatMap(group -> shown(group, target))
                .orElse(null);
    Shown b = after == null ? null : inRound(after, goal.unit(), target).orElse(null);
    if (a == null && b == null) {
      return null;
    }
    MeasureView.Point from = point(before, a);
    MeasureView.Point to = point(after, b);
    if (a == null || b == null) {
      return new MeasureView.Result(from, to, null, null, null, null);
    }
    long difference = Math.abs(b.responses() - a.responses());
    if (difference > 0 && difference < guard.threshold().k()) {
      return new MeasureView.Result(from, to, null, null, null, Previous.DIFFERS_BY_FEWER_THAN_K);
    }
    Change change = Change.between(b.figure(), a.figure()).orElse(null);
    return new MeasureView.Result(
        from,
        to,
        change == null ? null : change.change(),
        change == null || change.lower() == null ? null : List.of(change.lower(), change.upper()),
        change == null ? null : change.significant(),
        null);
  }

  private static MeasureView.Point point(SurveyRound round, Shown shown) {
    return shown == null
        ? null
        : new MeasureView.Point(
            round.id(), round.wave(), round.opens().toString(), shown.figure().value());
  }

  private Optional<Shown> inRound(SurveyRound round, @Nullable String unit, String target) {
    DisclosedGroup group;
    try {
      group = results.group(round.id(), unit, null);
    } catch (ProblemException unitNotInRound) {
      return Optional.empty();
    }
    return shown(group, target);
  }

  /** The figure as the results API shows it for the group, empty when it may not be shown. */
  private static Optional<Shown> shown(DisclosedGroup group, String target) {
    if (!(group.disclosure() instanceof Disclosure.Shown<GroupFigures> shown)) {
      return Optional.empty();
    }
    Optional<Figure> indicator =
        shown.figures().indicators().stream()
            .filter(i -> i.id().equals(target))
            .map(GroupFigures.IndicatorFigure::figure)
            .filter(f -> f.value() != null)
            .findFirst();
    Optional<Figure> figure =
        indicator.isPresent()
            ? indicator
            : shown.figures().items().stream()
                .filter(i -> i.id().equals(target) && i.mean() != null)
                .findFirst()
                .map(MeasureResults::asMean);
    return figure.map(f -> new Shown(f, shown.responses()));
  }

  /** An item's mean as a figure, so that its change gets Welch's interval like an index's. */
  private static Figure asMean(ItemFigure item) {
    double variance = item.sd() == null ? Double.NaN : item.sd() * item.sd();
    return new Figure(item.id(), Kind.MEAN, item.mean(), item.n(), variance, Map.of());
  }
}
