package no.saman.analytics.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.instrument.Item;
import no.saman.analytics.statistics.GroupStatistics;
import no.saman.analytics.statistics.SufficientStats;

/** Computes the item statistics of a group for every item of its round's instrument. */
public final class ItemFigures {

  private ItemFigures() {}

  /** Every answered item, in instrument order; without a snapshot, every numeric item by id. */
  public static List<ItemFigure> of(GroupStatistics group, Instrument instrument) {
    List<ItemFigure> figures = new ArrayList<>();
    if (instrument.modules().isEmpty()) {
      for (String id : new TreeSet<>(group.histograms().keySet())) {
        numeric(group, id, false).ifPresent(figures::add);
      }
      return figures;
    }
    for (Item item : instrument.items()) {
      if (item.type().isNumeric()) {
        numeric(group, item.id(), item.isFivePointScale()).ifPresent(figures::add);
      } else if (item.type().isCategorical()) {
        categorical(group, item).ifPresent(figures::add);
      }
    }
    return figures;
  }

  private static java.util.Optional<ItemFigure> numeric(
      GroupStatistics group, String id, boolean fivePoint) {
    SufficientStats stats = group.measure(id);
    if (stats.n() == 0) {
      return java.util.Optional.empty();
    }
    Map<Integer, Long> histogram = group.histogram(id);
    Map<String, Long> distribution = new LinkedHashMap<>();
    histogram.forEach((value, count) -> distribution.put(label(value), count));
    Double top = null;
    Double bottom = null;
    if (fivePoint) {
      top = (double) (histogram.getOrDefault(4, 0L) + histogram.getOrDefault(5, 0L)) / stats.n();
      bottom = (double) (histogram.getOrDefault(1, 0L) + histogram.getOrDefault(2, 0L)) / stats.n();
    }
    Double sd = stats.n() < 2 ? null : stats.sampleStandardDeviation();
    return java.util.Optional.of(
        new ItemFigure(id, stats.n(), stats.mean(), sd, distribution, top, bottom));
  }

  // Answers as shared labels: the position items' histograms run to 100 values, and a national
  // wave's cached tables hold them for every shown unit.
  private static final String[] LABELS =
      java.util.stream.IntStream.rangeClosed(0, 100)
          .mapToObj(String::valueOf)
          .toArray(String[]::new);

  private static String label(int value) {
    return value >= 0 && value < LABELS.length ? LABELS[value] : String.valueOf(value);
  }

  private static java.util.Optional<ItemFigure> categorical(GroupStatistics group, Item item) {
    SufficientStats answered = group.measure(item.id());
    if (answered.n() == 0) {
      return java.util.Optional.empty();
    }
    Map<String, Long> counts = group.choices(item.id());
    Map<String, Long> distribution = new LinkedHashMap<>();
    item.choices().forEach(c -> distribution.put(c, counts.getOrDefault(c, 0L)));
    return java.util.Optional.of(
        new ItemFigure(item.id(), answered.n(), null, null, distribution, null, null));
  }
}
