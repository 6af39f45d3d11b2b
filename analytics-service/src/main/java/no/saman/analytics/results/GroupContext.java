package no.saman.analytics.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.grouping.GroupTree;
import no.saman.analytics.indicator.Change;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.organisation.Network;

/**
 * What one group's indicators are shown beside (domain §4): its municipality, the units of its
 * service type, each of its networks, its county and all participants of the wave — each only as
 * far as the guard shows them — and the change since the same group in the municipality's previous
 * round.
 */
final class GroupContext implements GroupFigures.Context {

  private final TableView table;
  private final int row;
  private final int column;
  private final WaveView wave;
  private final Instrument instrument;
  private final Comparisons comparisons;
  private final Earlier earlier;
  private final int k;

  /**
   * Where the municipality belongs among the wave's participants.
   *
   * @param county null when not known
   * @param networks every network the municipality is a member of, in id order
   */
  record Comparisons(String county, List<Network> networks) {

    Comparisons {
      networks = List.copyOf(networks);
    }
  }

  /** The previous round's table, and the group's row in it (−1 when the group was not there). */
  record Earlier(String wave, TableView table, int row) {}

  GroupContext(
      TableView table,
      int row,
      int column,
      WaveView wave,
      Instrument instrument,
      Comparisons comparisons,
      Earlier earlier,
      int k) {
    this.table = table;
    this.row = row;
    this.column = column;
    this.wave = wave;
    this.instrument = instrument;
    this.comparisons = comparisons;
    this.earlier = earlier;
    this.k = k;
  }

  @Override
  public Map<String, Double> compare(Figure figure) {
    Map<String, Double> compare = new HashMap<>();
    if (row != 0 || column != 0) {
      put(compare, "municipality", table.shownIndicator(0, 0, figure.id()));
    }
    if (column != 0 || wave == null) {
      return compare;
    }
    GroupTree.Node node = table.tree().nodes().get(row);
    if (row != 0 && node.serviceType() != null) {
      put(
          compare,
          "serviceType",
          wave.serviceType(node.serviceType(), instrument).get(figure.id()));
    }
    if (comparisons.networks().size() == 1) {
      put(compare, "network", pooled(comparisons.networks().get(0), figure));
    }
    if (comparisons.county() != null) {
      put(compare, "county", wave.county(comparisons.county(), instrument).get(figure.id()));
    }
    put(compare, "all", wave.all(instrument).get(figure.id()));
    return compare;
  }

  @Override
  public List<GroupFigures.NetworkValue> networks(Figure figure) {
    if (column != 0 || wave == null) {
      return List.of();
    }
    List<GroupFigures.NetworkValue> values = new ArrayList<>();
    for (Network network : comparisons.networks()) {
      Figure pooled = pooled(network, figure);
      if (pooled != null && pooled.value() != null) {
        values.add(
            new GroupFigures.NetworkValue(
                network.id(),
                network.name(),
                pooled.value(),
                wave.showing(network.id(), network.members(), figure.id())));
      }
    }
    return values;
  }

  /** The network pooled over its members that show the figure, null when none does. */
  private Figure pooled(Network network, Figure figure) {
    return wave.municipalities(network.id(), network.members(), instrument).get(figure.id());
  }

  @Override
  public Previous previous(Figure figure) {
    if (column != 0 || earlier == null || earlier.row() < 0) {
      return null;
    }
    Figure before = earlier.table().shownIndicator(earlier.row(), 0, figure.id());
    if (before == null) {
      return null;
    }
    long difference =
        Math.abs(table.shownResponses(row, 0) - earlier.table().shownResponses(earlier.row(), 0));
    if (difference > 0 && difference < k) {
      return new Previous(earlier.wave(), null, true);
    }
    return Change.between(figure, before)
        .map(change -> new Previous(earlier.wave(), change, false))
        .orElse(null);
  }

  private static void put(Map<String, Double> compare, String key, Figure figure) {
    if (figure != null && figure.value() != null) {
      compare.put(key, figure.value());
    }
  }
}
