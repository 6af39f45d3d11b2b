package no.saman.analytics.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.instrument.Item;
import no.saman.analytics.instrument.ItemType;
import no.saman.analytics.instrument.ScaleIndex;

/**
 * The survey indicators computed the slow, obvious way from the raw answers of every respondent
 * (two-pass variances, explicit loops), written independently of the sufficient statistics so the
 * property test can hold one to the other.
 */
final class BruteForce {

  private final Instrument instrument;

  BruteForce(Instrument instrument) {
    this.instrument = instrument;
  }

  /** Indicator id to value (a distribution's shares under id + "." + category). */
  Map<String, Double> indicators(List<Map<String, Object>> respondents, Long headcount) {
    Map<String, Double> out = new LinkedHashMap<>();
    int n = respondents.size();
    out.put("responses", (double) n);
    if (headcount != null && headcount > 0) {
      out.put("response_rate", (double) n / headcount);
    }
    List<Double> h1 = new ArrayList<>();
    List<Double> fullTime = new ArrayList<>();
    List<Double> wants = new ArrayList<>();
    List<Double> involuntary = new ArrayList<>();
    List<Double> gaps = new ArrayList<>();
    List<Double> k1 = new ArrayList<>();
    List<Double> p1 = new ArrayList<>();
    for (Map<String, Object> r : respondents) {
      Integer current = number(r, "H1");
      Integer desired = number(r, "H2");
      if (current != null) {
        h1.add((double) current);
        fullTime.add(current == 100 ? 1.0 : 0.0);
      }
      if (current != null && desired != null) {
        wants.add(desired > current ? 1.0 : 0.0);
        involuntary.add(current < 100 && desired > current ? 1.0 : 0.0);
        gaps.add((double) Math.max(0, desired - current));
      }
      if (number(r, "K1") != null) {
        k1.add((double) number(r, "K1"));
      }
      if (number(r, "P1") != null) {
        p1.add((double) number(r, "P1"));
      }
    }
    putMean(out, "avg_position_size", h1);
    putMean(out, "full_time_share", fullTime);
    putMean(out, "wants_larger_share", wants);
    putMean(out, "involuntary_part_time_share", involuntary);
    if (!gaps.isEmpty()) {
      double hidden = gaps.stream().mapToDouble(Double::doubleValue).sum() / 100;
      out.put("hidden_fte", hidden);
      if (headcount != null && headcount > 0) {
        out.put("hidden_fte_est", hidden * headcount / gaps.size());
      }
    }
    if (!k1.isEmpty()) {
      out.put("competence_use_very_well_share", share(k1, x -> x == 5));
      out.put("competence_use_poor_share", share(k1, x -> x <= 3));
    }
    for (ScaleIndex index : instrument.indices()) {
      index(out, respondents, index);
    }
    absence(out, respondents);
    putMean(out, "partnership_score", p1);
    return out;
  }

  /** Item id to its figures, the same shape as ItemFigure. */
  List<ItemFigure> items(List<Map<String, Object>> respondents) {
    List<ItemFigure> items = new ArrayList<>();
    for (Item item : instrument.items()) {
      if (item.type().isNumeric()) {
        List<Double> values = new ArrayList<>();
        TreeMap<Integer, Long> counts = new TreeMap<>();
        for (Map<String, Object> r : respondents) {
          Integer x = number(r, item.id());
          if (x != null) {
            values.add((double) x);
            counts.merge(x, 1L, Long::sum);
          }
        }
        if (values.isEmpty()) {
          continue;
        }
        Map<String, Long> distribution = new LinkedHashMap<>();
        counts.forEach((k, v) -> distribution.put(String.valueOf(k), v));
        boolean five = item.isFivePointScale();
        items.add(
            new ItemFigure(
                item.id(),
                values.size(),
                mean(values),
                values.size() < 2 ? null : Math.sqrt(variance(values)),
                distribution,
                five ? share(values, x -> x >= 4) : null,
                five ? share(values, x -> x <= 2) : null));
      } else if (item.type().isCategorical()) {
        Map<String, Long> distribution = new LinkedHashMap<>();
        item.choices().forEach(c -> distribution.put(c, 0L));
        long answered = 0;
        for (Map<String, Object> r : respondents) {
          List<String> chosen = chosen(r, item);
          if (!chosen.isEmpty()) {
            answered++;
            chosen.forEach(c -> distribution.merge(c, 1L, Long::sum));
          }
        }
        if (answered > 0) {
          items.add(new ItemFigure(item.id(), answered, null, null, distribution, null, null));
        }
      }
    }
    return items;
  }

  private void index(Map<String, Double> out, List<Map<String, Object>> respondents, ScaleIndex x) {
    List<Double> scores = new ArrayList<>();
    List<List<Double>> complete = new ArrayList<>();
    for (Map<String, Object> r : respondents) {
      List<Double> scored = new ArrayList<>();
      for (String id : x.items()) {
        Integer answer = number(r, id);
        if (answer != null) {
          Item item = instrument.item(id).orElseThrow();
          scored.add(item.reverse() ? item.min() + item.max() - answer : (double) answer);
        }
      }
      if (!scored.isEmpty() && scored.size() >= x.minAnswered()) {
        scores.add(mean(scored));
      }
      if (scored.size() == x.items().size()) {
        complete.add(scored);
      }
    }
    if (!scores.isEmpty()) {
      double m = mean(scores);
      out.put(x.id(), m);
      out.put(x.id() + "_100", (m - 1) * 25);
    }
    int k = x.items().size();
    if (complete.size() >= 2 && k >= 2) {
      List<Double> totals = complete.stream().map(BruteForce::sum).toList();
      double totalVariance = variance(totals);
      if (totalVariance > 0) {
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
          int item = i;
          itemVariances += variance(complete.stream().map(c -> c.get(item)).toList());
        }
        out.put(x.id() + "_alpha", k / (k - 1.0) * (1 - itemVariances / totalVariance));
      }
    }
  }

  private void absence(Map<String, Double> out, List<Map<String, Object>> respondents) {
    Item n1 = instrument.item("N1").orElseThrow();
    Map<String, Long> counts = new LinkedHashMap<>();
    long answered = 0;
    for (Map<String, Object> r : respondents) {
      for (String c : chosen(r, n1)) {
        counts.merge(c, 1L, Long::sum);
        answered++;
      }
    }
    if (answered > 0) {
      for (String c : n1.choices()) {
        out.put("self_reported_absence_dist." + c, counts.getOrDefault(c, 0L) / (double) answered);
      }
    }
  }

  /** The answer as a number when it is an integer within the item's range. */
  private Integer number(Map<String, Object> r, String id) {
    Object answer = r.get(id);
    Item item = instrument.item(id).orElseThrow();
    if (!(answer instanceof Integer x) || !item.type().isNumeric()) {
      return null;
    }
    return x >= item.min() && x <= item.max() ? x : null;
  }

  private static List<String> chosen(Map<String, Object> r, Item item) {
    Object answer = r.get(item.id());
    LinkedHashSet<String> chosen = new LinkedHashSet<>();
    if (item.type() == ItemType.CHOICE
        && answer instanceof String s
        && item.choices().contains(s)) {
      chosen.add(s);
    }
    if (item.type() == ItemType.MULTI && answer instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof String s && item.choices().contains(s)) {
          chosen.add(s);
        }
      }
    }
    return List.copyOf(chosen);
  }

  private static void putMean(Map<String, Double> out, String id, List<Double> values) {
    if (!values.isEmpty()) {
      out.put(id, mean(values));
    }
  }

  private static double share(List<Double> values, java.util.function.DoublePredicate p) {
    return values.stream().filter(p::test).count() / (double) values.size();
  }

  private static double sum(List<Double> values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  private static double mean(List<Double> values) {
    return sum(values) / values.size();
  }

  private static double variance(List<Double> values) {
    double m = mean(values);
    double ss = 0;
    for (double v : values) {
      ss += (v - m) * (v - m);
    }
    return ss / (values.size() - 1);
  }
}
