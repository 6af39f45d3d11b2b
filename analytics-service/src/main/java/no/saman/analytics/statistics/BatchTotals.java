package no.saman.analytics.statistics;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import no.saman.analytics.instrument.Instrument;

/**
 * A batch of responses summed per (round, unit, segment) in memory, so that a batch of hundreds of
 * responses costs one upsert per touched row rather than one per answer.
 *
 * @param units each touched unit segment's totals, in key order
 */
record BatchTotals(SortedMap<UnitKey, UnitTotal> units) {

  /** One unit segment's share of the batch. */
  static final class UnitTotal {
    private final String municipality;
    private List<String> unitPath;
    private long responses;
    private final Map<String, SufficientStats> measures = new HashMap<>();
    private final Map<String, Map<Integer, Long>> histograms = new HashMap<>();
    private final Map<String, Map<String, Long>> choices = new HashMap<>();

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

    Map<String, Map<String, Long>> choices() {
      return choices;
    }

    /** This share as statistics, to merge with the stored ones. */
    GroupStatistics statistics() {
      return new GroupStatistics(responses, measures, histograms, choices);
    }

    /** Adds the key's stored row to this total, in place: the total becomes the row to write. */
    void addStored(long storedResponses, String packed) {
      responses += storedResponses;
      PackedStatistics.addTo(packed, null, measures, histograms, choices);
    }

    /** The stats column's text for this total. */
    String packed() {
      return PackedStatistics.pack(measures, histograms, choices);
    }

    void add(List<String> path, ResponseMeasures m) {
      unitPath = path;
      responses++;
      m.values()
          .forEach((id, x) -> measures.merge(id, SufficientStats.of(x), SufficientStats::merge));
      m.histogram()
          .forEach(
              (item, value) ->
                  histograms
                      .computeIfAbsent(item, i -> new HashMap<>())
                      .merge(value, 1L, Long::sum));
      m.choices()
          .forEach(
              (item, chosen) ->
                  chosen.forEach(
                      c ->
                          choices
                              .computeIfAbsent(item, i -> new HashMap<>())
                              .merge(c, 1L, Long::sum)));
    }
  }

  /**
   * Sums the responses by their rounds' instruments.
   *
   * @param instruments each round's snapshot; a round without one counts as {@link
   *     Instrument#UNKNOWN}
   */
  static BatchTotals of(Collection<ResponseRecord> responses, Map<String, Instrument> instruments) {
    SortedMap<UnitKey, UnitTotal> units = new TreeMap<>();
    for (ResponseRecord response : responses) {
      ResponseMeasures measures =
          ResponseMeasures.of(
              response.answers(), instruments.getOrDefault(response.roundId(), Instrument.UNKNOWN));
      for (String segment : Segment.of(response.background())) {
        units
            .computeIfAbsent(
                new UnitKey(response.roundId(), response.unit(), segment),
                key -> new UnitTotal(response.municipality()))
            .add(response.unitPath(), measures);
      }
    }
    return new BatchTotals(units);
  }
}
