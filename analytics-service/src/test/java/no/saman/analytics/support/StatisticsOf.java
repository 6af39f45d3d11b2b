package no.saman.analytics.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.statistics.GroupStatistics;
import no.saman.analytics.statistics.ResponseMeasures;
import no.saman.analytics.statistics.SufficientStats;

/** Builds a group's statistics from raw answers the way ingestion does: one response at a time. */
public final class StatisticsOf {

  private StatisticsOf() {}

  public static GroupStatistics answers(List<Map<String, Object>> answers, Instrument instrument) {
    GroupStatistics group = GroupStatistics.EMPTY;
    for (Map<String, Object> a : answers) {
      group = group.merge(response(a, instrument));
    }
    return group;
  }

  /** The statistics of one response alone. */
  public static GroupStatistics response(Map<String, Object> answers, Instrument instrument) {
    ResponseMeasures m = ResponseMeasures.of(answers, instrument);
    Map<String, SufficientStats> measures = new HashMap<>();
    m.values().forEach((id, x) -> measures.put(id, SufficientStats.of(x)));
    Map<String, Map<Integer, Long>> histograms = new HashMap<>();
    m.histogram().forEach((item, value) -> histograms.put(item, Map.of(value, 1L)));
    Map<String, Map<String, Long>> choices = new HashMap<>();
    m.choices()
        .forEach(
            (item, chosen) -> {
              Map<String, Long> counts = new HashMap<>();
              chosen.forEach(c -> counts.put(c, 1L));
              choices.put(item, counts);
            });
    return new GroupStatistics(1, measures, histograms, choices);
  }
}
