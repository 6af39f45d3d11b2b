package no.saman.analytics.comparison;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.comparison.NetworkComparison.IndicatorComparison;
import no.saman.analytics.comparison.NetworkComparison.MunicipalityValue;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.organisation.MunicipalityRepository;
import no.saman.analytics.organisation.Network;
import no.saman.analytics.results.RoundData;
import no.saman.analytics.results.RoundResults;
import no.saman.analytics.results.TableView;
import no.saman.analytics.results.WaveView;

/**
 * Compares the municipalities of a network wave by wave: each member at municipality level as the
 * anonymity guard shows it, the network pooled over the members that show the figure, and all
 * participants of the wave pooled the same way.
 */
@Singleton
public class NetworkComparisons {

  static final String NO_ROUND = "no_round";
  static final String TOO_FEW_RESPONSES = "too_few_responses";

  private final RoundResults results;
  private final MunicipalityRepository municipalities;

  NetworkComparisons(RoundResults results, MunicipalityRepository municipalities) {
    this.results = results;
    this.municipalities = municipalities;
  }

  /**
   * The network's members, the network and all participants on each indicator, wave by wave.
   *
   * @param waves in the order to show them
   */
  public NetworkComparison compare(Network network, List<String> waves, List<String> indicators) {
    Map<String, String> names = new HashMap<>();
    municipalities.findByCodeInList(network.members()).forEach(m -> names.put(m.code(), m.name()));
    List<NetworkComparison.WaveComparison> perWave = new ArrayList<>();
    for (String wave : waves) {
      perWave.add(compare(network, results.wave(wave), indicators, names));
    }
    return new NetworkComparison(
        new NetworkComparison.NetworkInfo(
            network.id(), network.name(), network.theme(), network.leader(), network.members()),
        perWave);
  }

  private NetworkComparison.WaveComparison compare(
      Network network, WaveView wave, List<String> indicators, Map<String, String> names) {
    Instrument instrument = instrument(network, wave);
    Map<String, Figure> pooled = wave.municipalities(network.id(), network.members(), instrument);
    Map<String, Figure> all = wave.all(instrument);
    List<IndicatorComparison> comparisons = new ArrayList<>();
    for (String id : indicators) {
      List<MunicipalityValue> values = new ArrayList<>();
      for (String member : network.members()) {
        values.add(value(wave.table(member), member, names.get(member), id));
      }
      comparisons.add(
          new IndicatorComparison(id, values, value(pooled.get(id)), value(all.get(id))));
    }
    return new NetworkComparison.WaveComparison(
        wave.wave(), wave.shown(network.members()), wave.shown(wave.municipalities()), comparisons);
  }

  private static MunicipalityValue value(TableView table, String code, String name, String id) {
    if (table == null) {
      return new MunicipalityValue(code, name, null, null, NO_ROUND);
    }
    Figure figure = table.shownIndicator(0, 0, id);
    if (figure == null || figure.value() == null) {
      return new MunicipalityValue(code, name, null, true, TOO_FEW_RESPONSES);
    }
    return new MunicipalityValue(code, name, figure.value(), null, null);
  }

  /** The instrument of the latest round among the members that ran the wave. */
  private static Instrument instrument(Network network, WaveView wave) {
    return network.members().stream()
        .map(wave::data)
        .filter(d -> d != null)
        .map(RoundData::instrument)
        .filter(i -> !i.modules().isEmpty())
        .findFirst()
        .orElse(Instrument.UNKNOWN);
  }

  private static Double value(Figure figure) {
    return figure == null ? null : figure.value();
  }
}
