package no.saman.analytics.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import no.saman.analytics.grouping.ComparisonPool;
import no.saman.analytics.grouping.GroupTree;
import no.saman.analytics.indicator.Figure;
import no.saman.analytics.instrument.Instrument;

/**
 * Every participating municipality of one wave, each as its guarded table, and the comparison
 * groups pooled from what those tables show: all participants, a county, a set of municipalities (a
 * network), and the units of a service type.
 */
public final class WaveView {

  private final String wave;
  private final Map<String, RoundData> data = new LinkedHashMap<>();
  private final Map<String, TableView> tables = new LinkedHashMap<>();
  private final Map<String, Map<String, Figure>> pools = new ConcurrentHashMap<>();
  private final Map<String, Integer> showingCounts = new ConcurrentHashMap<>();

  WaveView(
      String wave, Collection<RoundData> municipalities, Function<RoundData, TableView> table) {
    this.wave = wave;
    for (RoundData d : municipalities) {
      data.put(d.municipalityCode(), d);
      tables.put(d.municipalityCode(), table.apply(d));
    }
  }

  public String wave() {
    return wave;
  }

  /** The municipality's table in this wave, null when it ran no round in it. */
  public TableView table(String municipality) {
    return tables.get(municipality);
  }

  public RoundData data(String municipality) {
    return data.get(municipality);
  }

  /** The codes of the wave's participating municipalities. */
  public List<String> municipalities() {
    return List.copyOf(tables.keySet());
  }

  /** How many of the municipalities took part in the wave and may be shown whole. */
  public int shown(Collection<String> codes) {
    int shown = 0;
    for (String code : codes) {
      TableView table = tables.get(code);
      shown += table != null && table.shown(0, 0) ? 1 : 0;
    }
    return shown;
  }

  /**
   * How many of the municipalities took part in the wave and show the figure at municipality level:
   * the N of a pool of them. Counted once per set and figure: every row of a municipality's results
   * asks it again, and for all participants that is rows × figures × members look-ups.
   *
   * @param key names the set, as in {@link #municipalities(String, Collection, Instrument)}
   */
  public int showing(String key, Collection<String> codes, String figureId) {
    return showingCounts.computeIfAbsent(key + "\n" + figureId, k -> count(codes, figureId));
  }

  private int count(Collection<String> codes, String figureId) {
    int showing = 0;
    for (String code : codes) {
      TableView table = tables.get(code);
      if (table != null
          && table.shown(0, 0)
          && table.member(0, 0).shownFigures().contains(figureId)) {
        showing++;
      }
    }
    return showing;
  }

  /** All participants of the wave. */
  public Map<String, Figure> all(Instrument instrument) {
    return pools.computeIfAbsent(
        "all", k -> ComparisonPool.of(municipalities(tables.keySet()), instrument));
  }

  /**
   * The participants of a county. The members are found only when the pool is made: every group of
   * a result asks for its county's pool, and scanning all participants each time was a third of a
   * 200-unit municipality's result time.
   */
  public Map<String, Figure> county(String county, Instrument instrument) {
    return pools.computeIfAbsent(
        "county:" + county,
        k -> {
          List<String> members =
              data.values().stream()
                  .filter(d -> d.municipality() != null && county.equals(d.municipality().county()))
                  .map(RoundData::municipalityCode)
                  .toList();
          return ComparisonPool.of(municipalities(members), instrument);
        });
  }

  /** A set of municipalities, such as a network's members. */
  public Map<String, Figure> municipalities(
      String key, Collection<String> members, Instrument instrument) {
    return pools.computeIfAbsent(
        "set:" + key, k -> ComparisonPool.of(municipalities(members), instrument));
  }

  /**
   * The units of a service type among all participants: every shown unit of that type whose nearest
   * shown ancestor of the type does not already hold it.
   */
  public Map<String, Figure> serviceType(String type, Instrument instrument) {
    return pools.computeIfAbsent(
        "type:" + type,
        k -> {
          List<ComparisonPool.Member> members = new ArrayList<>();
          for (TableView table : tables.values()) {
            List<GroupTree.Node> nodes = table.tree().nodes();
            for (int r = 1; r < nodes.size(); r++) {
              if (type.equals(nodes.get(r).serviceType())
                  && table.shown(r, 0)
                  && !underShownOfType(table, r, type)) {
                members.add(table.member(r, 0));
              }
            }
          }
          return ComparisonPool.of(members, instrument);
        });
  }

  private static boolean underShownOfType(TableView table, int row, String type) {
    List<GroupTree.Node> nodes = table.tree().nodes();
    for (int a = nodes.get(row).parent(); a > 0; a = nodes.get(a).parent()) {
      if (type.equals(nodes.get(a).serviceType()) && table.shown(a, 0)) {
        return true;
      }
    }
    return false;
  }

  private List<ComparisonPool.Member> municipalities(Collection<String> codes) {
    List<ComparisonPool.Member> members = new ArrayList<>();
    for (String code : codes) {
      TableView table = tables.get(code);
      if (table != null && table.shown(0, 0)) {
        members.add(table.member(0, 0));
      }
    }
    return members;
  }
}
