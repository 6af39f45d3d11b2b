package no.saman.analytics.results;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import no.saman.analytics.anonymity.AnonymityThreshold;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.indicator.ItemFigure;
import no.saman.analytics.indicator.Rounding;

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
          figures.indicators().stream().map(ResultsAssembler::indicator).toList(),
          figures.items().stream().map(ResultsAssembler::item).toList());
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
        null,
        null);
  }

  private static GroupResult.IndicatorResult indicator(GroupFigures.IndicatorFigure f) {
    Figure figure = f.figure();
    return new GroupResult.IndicatorResult(
        figure.id(),
        figure.rounded(),
        rounded(figure.distribution()),
        f.municipalityValue() == null ? null : new GroupResult.Compare(f.municipalityValue()));
  }

  static GroupResult.ItemResult item(ItemFigure i) {
    return new GroupResult.ItemResult(
        i.id(),
        i.n(),
        round(i.mean()),
        round(i.sd()),
        i.distribution(),
        round(i.topBox()),
        round(i.bottomBox()));
  }

  private static Map<String, Double> rounded(Map<String, Double> shares) {
    Map<String, Double> rounded = new LinkedHashMap<>();
    shares.forEach((k, v) -> rounded.put(k, Rounding.round(v)));
    return rounded;
  }

  private static Double round(Double value) {
    return value == null ? null : Rounding.round(value);
  }
}
