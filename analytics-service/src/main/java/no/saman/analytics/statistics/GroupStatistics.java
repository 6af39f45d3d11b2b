package no.saman.analytics.statistics;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The merged statistics of a group of units: its response count, the sufficient statistics of each
 * measure and the answer counts of each integer item.
 *
 * @param responses how many responses the group has
 * @param measures measure id to its merged statistics
 * @param histograms item id to answer value to how many gave it
 */
public record GroupStatistics(
    long responses,
    Map<String, SufficientStats> measures,
    Map<String, Map<Integer, Long>> histograms) {

  public static final GroupStatistics EMPTY = new GroupStatistics(0, Map.of(), Map.of());

  public GroupStatistics {
    measures = Map.copyOf(measures);
    Map<String, Map<Integer, Long>> copy = new HashMap<>();
    histograms.forEach((item, counts) -> copy.put(item, Map.copyOf(counts)));
    histograms = Map.copyOf(copy);
  }

  /** The statistics of one measure, empty when nobody gave it. */
  public SufficientStats measure(String id) {
    return measures.getOrDefault(id, SufficientStats.EMPTY);
  }

  /** How many gave each value of an item, in ascending order of value. */
  public Map<Integer, Long> histogram(String item) {
    return new TreeMap<>(histograms.getOrDefault(item, Map.of()));
  }

  /** Both groups together. */
  public GroupStatistics merge(GroupStatistics other) {
    Map<String, SufficientStats> mergedMeasures = new HashMap<>(measures);
    other.measures.forEach((id, stats) -> mergedMeasures.merge(id, stats, SufficientStats::merge));
    Map<String, Map<Integer, Long>> mergedHistograms = new HashMap<>();
    histograms.forEach((item, counts) -> mergedHistograms.put(item, new HashMap<>(counts)));
    other.histograms.forEach(
        (item, counts) -> {
          Map<Integer, Long> target = mergedHistograms.computeIfAbsent(item, k -> new HashMap<>());
          counts.forEach((value, count) -> target.merge(value, count, Long::sum));
        });
    return new GroupStatistics(responses + other.responses, mergedMeasures, mergedHistograms);
  }
}
