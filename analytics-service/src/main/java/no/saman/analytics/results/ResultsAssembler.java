package no.saman.analytics.results;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.saman.analytics.anonymity.AnonymityThreshold;
import no.saman.analytics.anonymity.Disclosure;

/** Maps a group's snapshot, through the anonymity rule, to the API's result shape. */
@Singleton
class ResultsAssembler {

  private final AnonymityThreshold threshold;
  private final Clock clock = Clock.systemUTC();

  ResultsAssembler(AnonymityThreshold threshold) {
    this.threshold = threshold;
  }

  GroupResult toResult(GroupSnapshot snapshot) {
    GroupResult.Group group =
        new GroupResult.Group(snapshot.round().municipality(), snapshot.unit(), snapshot.name());
    Disclosure<GroupFigures> disclosure = GroupFigures.disclose(snapshot, threshold);
    if (disclosure instanceof Disclosure.Shown<GroupFigures> shown) {
      GroupFigures figures = shown.figures();
      return new GroupResult(
          snapshot.round().id(),
          snapshot.round().wave(),
          Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(),
          group,
          false,
          null,
          shown.responses(),
          figures.responseRate(),
          indicators(figures));
    }
    Disclosure.Suppressed<GroupFigures> suppressed =
        (Disclosure.Suppressed<GroupFigures>) disclosure;
    return new GroupResult(
        snapshot.round().id(),
        snapshot.round().wave(),
        null,
        group,
        true,
        suppressed.reason(),
        null,
        null,
        null);
  }

  private static List<GroupResult.IndicatorResult> indicators(GroupFigures figures) {
    return figures.indicators().stream()
        .map(
            f ->
                new GroupResult.IndicatorResult(
                    f.indicator().id(),
                    f.value(),
                    f.municipalityValue() == null
                        ? null
                        : new GroupResult.Compare(f.municipalityValue())))
        .toList();
  }
}
