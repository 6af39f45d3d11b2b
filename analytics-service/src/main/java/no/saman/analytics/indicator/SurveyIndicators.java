package no.saman.analytics.indicator;

import static no.saman.analytics.statistics.ResponseMeasures.CURRENT_POSITION;
import static no.saman.analytics.statistics.ResponseMeasures.FULL_TIME;
import static no.saman.analytics.statistics.ResponseMeasures.HIDDEN_FTE_GAP;
import static no.saman.analytics.statistics.ResponseMeasures.INVOLUNTARY_PART_TIME;
import static no.saman.analytics.statistics.ResponseMeasures.WANTS_LARGER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.instrument.Item;
import no.saman.analytics.instrument.ScaleIndex;
import no.saman.analytics.statistics.GroupStatistics;
import no.saman.analytics.statistics.Measures;
import no.saman.analytics.statistics.SufficientStats;

/**
 * Computes every survey indicator of domain §4 for one group from its merged statistics, by the
 * exact definitions there; an indicator nobody in the group gave what it needs is left out.
 */
public final class SurveyIndicators {

  /** The competence use item (1 Svært dårleg … 5 Svært godt). */
  public static final String COMPETENCE_USE = "K1";

  /** The self-reported absence item (days away for own illness, in bands). */
  public static final String SELF_REPORTED_ABSENCE = "N1";

  /** The partnership item (1–10). */
  public static final String PARTNERSHIP = "P1";

  /** The suffix of an index's 0–100 form. */
  public static final String HUNDRED = "_100";

  /** The suffix of an index's Cronbach's alpha. */
  public static final String ALPHA = "_alpha";

  private SurveyIndicators() {}

  /**
   * The indicators of the group, in catalogue order.
   *
   * @param headcount employees asked in the group, null when not known (no rate, no estimate)
   */
  public static Map<String, Figure> of(
      GroupStatistics group, Long headcount, Instrument instrument) {
    List<Figure> figures = new ArrayList<>();
    long n = group.responses();
    figures.add(Figure.of("responses", Kind.COUNT, n, n));
    if (headcount != null && headcount > 0) {
      figures.add(Figure.of("response_rate", Kind.RATIO, (double) n / headcount, n));
    }
    mean(group, "avg_position_size", CURRENT_POSITION, figures);
    share(group, "full_time_share", FULL_TIME, figures);
    share(group, "wants_larger_share", WANTS_LARGER, figures);
    share(group, "involuntary_part_time_share", INVOLUNTARY_PART_TIME, figures);
    SufficientStats gap = group.measure(HIDDEN_FTE_GAP);
    if (gap.n() > 0) {
      double hidden = gap.sum() / 100;
      figures.add(Figure.of("hidden_fte", Kind.TOTAL, hidden, gap.n()));
      if (headcount != null && headcount > 0) {
        figures.add(Figure.of("hidden_fte_est", Kind.TOTAL, hidden * headcount / gap.n(), gap.n()));
      }
    }
    competenceUse(group, figures);
    for (ScaleIndex index : instrument.indices()) {
      index(group, instrument, index, figures);
    }
    absence(group, instrument, figures);
    mean(group, "partnership_score", PARTNERSHIP, figures);
    Map<String, Figure> byId = new LinkedHashMap<>();
    figures.forEach(f -> byId.put(f.id(), f));
    return byId;
  }

  private static void mean(GroupStatistics group, String id, String measure, List<Figure> out) {
    SufficientStats stats = group.measure(measure);
    if (stats.n() > 0) {
      out.add(Figure.mean(id, stats.mean(), stats.n(), stats.sampleVariance()));
    }
  }

  private static void share(GroupStatistics group, String id, String measure, List<Figure> out) {
    SufficientStats stats = group.measure(measure);
    if (stats.n() > 0) {
      out.add(Figure.of(id, Kind.SHARE, stats.mean(), stats.n()));
    }
  }

  /** Shares of K1 = 5 and of K1 ≤ 3 among those who answered K1. */
  private static void competenceUse(GroupStatistics group, List<Figure> out) {
    Map<Integer, Long> answers = group.histogram(COMPETENCE_USE);
    long n = answers.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return;
    }
    long veryWell = answers.getOrDefault(5, 0L);
    long poor =
        answers.entrySet().stream().filter(e -> e.getKey() <= 3).mapToLong(e -> e.getValue()).sum();
    out.add(Figure.of("competence_use_very_well_share", Kind.SHARE, (double) veryWell / n, n));
    out.add(Figure.of("competence_use_poor_share", Kind.SHARE, (double) poor / n, n));
  }

  /** The index on its scale, as 0–100, and its alpha. */
  private static void index(
      GroupStatistics group, Instrument instrument, ScaleIndex index, List<Figure> out) {
    SufficientStats scores = group.measure(Measures.index(index.id()));
    if (scores.n() > 0) {
      out.add(Figure.mean(index.id(), scores.mean(), scores.n(), scores.sampleVariance()));
      instrument
          .range(index)
          .ifPresent(
              range -> {
                double width = range[1] - range[0];
                double scale = 100 / width;
                out.add(
                    Figure.mean(
                        index.id() + HUNDRED,
                        (scores.mean() - range[0]) * scale,
                        scores.n(),
                        scores.sampleVariance() * scale * scale));
              });
    }
    SufficientStats total = group.measure(Measures.alphaTotal(index.id()));
    List<SufficientStats> items =
        index.items().stream().map(i -> group.measure(Measures.alphaItem(index.id(), i))).toList();
    OptionalDouble alpha = CronbachAlpha.of(items, total);
    if (alpha.isPresent()) {
      out.add(Figure.of(index.id() + ALPHA, Kind.ALPHA, alpha.getAsDouble(), total.n()));
    }
  }

  /** The share of each N1 band among those who answered N1, in the item's order. */
  private static void absence(GroupStatistics group, Instrument instrument, List<Figure> out) {
    Map<String, Long> counts = group.choices(SELF_REPORTED_ABSENCE);
    long n = counts.values().stream().mapToLong(Long::longValue).sum();
    if (n == 0) {
      return;
    }
    List<String> order =
        instrument.item(SELF_REPORTED_ABSENCE).map(Item::choices).orElse(List.of());
    Map<String, Double> shares = new LinkedHashMap<>();
    order.forEach(c -> shares.put(c, (double) counts.getOrDefault(c, 0L) / n));
    counts.keySet().stream()
        .filter(c -> !shares.containsKey(c))
        .sorted()
        .forEach(c -> shares.put(c, (double) counts.get(c) / n));
    out.add(
        new Figure("self_reported_absence_dist", Kind.DISTRIBUTION, null, n, Double.NaN, shares));
  }
}
