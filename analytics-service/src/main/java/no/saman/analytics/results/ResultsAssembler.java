package no.saman.analytics.results;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.indicator.Change;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.indicator.ItemFigure;

/**
 * Maps a disclosed group to the API's result shape; a suppressed group gets no count, no figure.
 */
@Singleton
public class ResultsAssembler {

  private final Clock clock;

  ResultsAssembler(Clock clock) {
    this.clock = clock;
  }

  public GroupResult toResult(DisclosedGroup disclosed) {
    GroupResult.Group group =
        new GroupResult.Group(
            disclosed.municipality(),
            disclosed.unit(),
            disclosed.name(),
            disclosed.dimension(),
            disclosed.category());
    String round = disclosed.round().id();
    String wave = disclosed.round().wave();
    if (disclosed.disclosure() instanceof Disclosure.Shown<GroupFigures> shown) {
      GroupFigures figures = shown.figures();
      return new GroupResult(
          round,
          wave,
          Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(),
          group,
          false,
          null,
          shown.responses(),
          figures.responseRate(),
          figures.indicators().stream().map(ResultsAssembler::indicator).toList(),
          figures.items().stream().map(ResultsAssembler::item).toList(),
          breakdown(disclosed),
          register(disclosed.register()));
    }
    Disclosure.Suppressed<GroupFigures> suppressed =
        (Disclosure.Suppressed<GroupFigures>) disclosed.disclosure();
    return new GroupResult(
        round, wave, null, group, true, suppressed.reason(), null, null, null, null, null, null);
  }

  private static GroupResult.Register register(RegisterBlock block) {
    if (block == null || block.figures().isEmpty()) {
      return null;
    }
    List<GroupResult.IndicatorResult> indicators =
        block.figures().values().stream()
            .sorted(java.util.Comparator.comparing(Figure::id))
            .map(f -> new GroupResult.IndicatorResult(f.id(), f.value(), null, null, null))
            .toList();
    return new GroupResult.Register(block.period(), indicators);
  }

  private GroupResult.Breakdown breakdown(DisclosedGroup disclosed) {
    if (disclosed.breakdown().isEmpty()) {
      return null;
    }
    List<GroupResult> groups = disclosed.breakdown().stream().map(this::toResult).toList();
    return new GroupResult.Breakdown(disclosed.breakdown().get(0).dimension(), groups);
  }

  private static GroupResult.IndicatorResult indicator(GroupFigures.IndicatorFigure f) {
    Figure figure = f.figure();
    return new GroupResult.IndicatorResult(
        figure.id(),
        figure.value(),
        figure.distribution(),
        GroupResult.Compare.of(f.compare(), f.networks()),
        previous(f.previous()));
  }

  private static GroupResult.PreviousResult previous(Previous previous) {
    if (previous == null) {
      return null;
    }
    if (previous.withheld()) {
      return new GroupResult.PreviousResult(
          previous.wave(), null, null, null, null, true, Previous.DIFFERS_BY_FEWER_THAN_K);
    }
    Change c = previous.change();
    List<Double> ci95 = c.lower() == null ? null : List.of(c.lower(), c.upper());
    return new GroupResult.PreviousResult(
        previous.wave(), c.previous(), c.change(), ci95, c.significant(), null, null);
  }

  static GroupResult.ItemResult item(ItemFigure i) {
    return new GroupResult.ItemResult(
        i.id(), i.n(), i.mean(), i.sd(), i.distribution(), i.topBox(), i.bottomBox());
  }
}
