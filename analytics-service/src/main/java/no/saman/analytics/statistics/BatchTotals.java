package no.saman.analytics.statistics;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A batch of responses summed per unit in memory, so that a batch of hundreds of responses costs
 * one upsert per touched row rather than one per answer.
 *
 * @param units each touched unit's totals, in key order
 */
record BatchTotals(SortedMap<UnitKey, UnitTotal> units) {

  /** One unit's share of the batch. */
  static final class UnitTotal {
    private final String municipality;
    private List<String> unitPath;
    private long responses;
    private final Map<String, SufficientStats> measures = new HashMap<>();
    private final Map<String, Map<Integer, Long>> histograms = new HashMap<>();

    UnitTotal(String municipality) {
      this.municipality = municipality;
    }

    String municipality() {
      return municipality;
    }

    List<String> unitPath() {
      return unitPath;
    }

    long responses() {
      return responses;
    }

    Map<String, SufficientStats> measures() {
      return measures;
    }

    Map<String, Map<Integer, Long>> histograms() {
      return histograms;
    }

    void add(ResponseRecord response) {
      unitPath = response.unitPath();
      responses++;
      ResponseMeasures m = ResponseMeasures.of(response.answers());
      m.values()
          .forEach((id, x) -> measures.merge(id, SufficientStats.of(x), SufficientStats::merge));
      m.histogram()
          .forEach(
              (item, value) ->
                  histograms
                      .computeIfAbsent(item, i -> new HashMap<>())
                      .merge(value, 1L, Long::sum));
    }
  }

  static BatchTotals of(Collection<ResponseRecord> responses) {
    SortedMap<UnitKey, UnitTotal> units = new TreeMap<>();
    for (ResponseRecord response : responses) {
      units
          .computeIfAbsent(
              new UnitKey(response.roundId(), response.unit()),
              key -> new UnitTotal(response.municipality()))
          .add(response);
    }
    return new BatchTotals(units);
  }
}
