package no.saman.analytics.statistics;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The merged statistics of a group of units: its response count, the sufficient statistics of each
 * measure, the answer counts of each numeric item and the category counts of each choice item. Any
 * group is the merge of its units' statistics, exactly.
 *
 * @param responses how many responses the group has
 * @param measures measure id to its merged statistics
 * @param histograms item id to answer value to how many gave it
 * @param choices item id to category to how many chose it
 */
public record GroupStatistics(
    long responses,
    Map<String, SufficientStats> measures,
    Map<String, Map<Integer, Long>> histograms,
    Map<String, Map<String, Long>> choices) {

  public static final GroupStatistics EMPTY = new GroupStatistics(0, Map.of(), Map.of(), Map.of());

  public GroupStatistics {
    measures = Map.copyOf(measures);
    histograms = copy(histograms);
    choices = copy(choices);
  }

  /** Statistics without categories. */
  public GroupStatistics(
      long responses,
      Map<String, SufficientStats> measures,
      Map<String, Map<Integer, Long>> histograms) {
    this(responses, measures, histograms, Map.of());
  }

  /** The statistics of one measure, empty when nobody gave it. */
  public SufficientStats measure(String id) {
    return measures.getOrDefault(id, SufficientStats.EMPTY);
  }

  /** How many gave each value of an item, in ascending order of value. */
  public Map<Integer, Long> histogram(String item) {
    return new TreeMap<>(histograms.getOrDefault(item, Map.of()));
  }

  /** How many chose each category of an item. */
  public Map<String, Long> choices(String item) {
    return choices.getOrDefault(item, Map.of());
  }

  /** Both groups together. */
  public GroupStatistics merge(GroupStatistics other) {
    if (other.responses == 0 && other.measures.isEmpty()) {
      return this;
    }
    if (responses == 0 && measures.isEmpty()) {
      return other;
    }
    return new Sum().add(this).add(other).total();
  }

  /**
   * Adds up many groups with one copy at the end: folding {@link #merge} copies the running total's
   * maps at every step, which was most of a large municipality's result time. The sums are taken in
   * the order added, so the total equals the fold's exactly.
   */
  public static final class Sum {
    private long responses;
    private final Map<String, SufficientStats> measures = new HashMap<>();
    private final Map<String, Map<Integer, Long>> histograms = new HashMap<>();
    private final Map<String, Map<String, Long>> choices = new HashMap<>();

    /** Adds a group. */
    public Sum add(GroupStatistics group) {
      add(group.responses, group.measures, group.histograms, group.choices);
      return this;
    }

    /** Adds everything another sum holds so far. */
    public Sum add(Sum other) {
      add(other.responses, other.measures, other.histograms, other.choices);
      return this;
    }

    /** The groups added so far, as one. */
    public GroupStatistics total() {
      return new GroupStatistics(responses, measures, histograms, choices);
    }

    private void add(
        long moreResponses,
        Map<String, SufficientStats> moreMeasures,
        Map<String, Map<Integer, Long>> moreHistograms,
        Map<String, Map<String, Long>> moreChoices) {
      responses += moreResponses;
      moreMeasures.forEach((id, stats) -> measures.merge(id, stats, SufficientStats::merge));
      addCounts(histograms, moreHistograms);
      addCounts(choices, moreChoices);
    }

    private static <K> void addCounts(
        Map<String, Map<K, Long>> into, Map<String, Map<K, Long>> more) {
      more.forEach(
          (item, counts) -> {
            Map<K, Long> target = into.computeIfAbsent(item, k -> new HashMap<>());
            counts.forEach((value, count) -> target.merge(value, count, Long::sum));
          });
    }
  }

  private static <K> Map<String, Map<K, Long>> copy(Map<String, Map<K, Long>> counts) {
    Map<String, Map<K, Long>> copy = new HashMap<>();
    counts.forEach((item, c) -> copy.put(item, Map.copyOf(c)));
    return Map.copyOf(copy);
  }
}
