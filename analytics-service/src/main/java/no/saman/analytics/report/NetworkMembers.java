package no.saman.analytics.report;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.comparison.NetworkComparison.IndicatorComparison;
import no.saman.analytics.comparison.NetworkComparison.MunicipalityValue;
import no.saman.analytics.comparison.NetworkComparison.WaveComparison;
import no.saman.analytics.goal.GoalService;
import no.saman.analytics.results.GroupFigures;
import no.saman.analytics.results.RoundResults;
import no.saman.analytics.round.SurveyRound;
import no.saman.reports.group.WaveFigures;
import no.saman.reports.network.NetworkReportModel.MemberMunicipality;

/**
 * One member of a network comparison as the reports print it: its values as the comparison shows
 * them, its response count and rate as its municipality results show them, its trend over the waves
 * it ran, and its own goals (not its units') as GET /api/goals shows them.
 */
@Singleton
class NetworkMembers {

  static final Function<IndicatorComparison, Double> NETWORK = IndicatorComparison::network;
  static final Function<IndicatorComparison, Double> ALL = IndicatorComparison::all;

  private final RoundResults results;
  private final GoalService goals;

  NetworkMembers(RoundResults results, GoalService goals) {
    this.results = results;
    this.goals = goals;
  }

  /**
   * @param rounds the member's rounds, latest first; it has one in the last of {@code waves}
   * @param waves the comparison of each wave, the report's last
   */
  MemberMunicipality of(
      String code, List<SurveyRound> rounds, List<WaveComparison> waves, List<String> ids) {
    WaveComparison current = waves.get(waves.size() - 1);
    String wave = current.wave();
    Disclosure<GroupFigures> disclosure =
        results
            .municipalityFigures(code, wave)
            .orElseThrow(() -> new IllegalStateException(code + " ran no round in " + wave));
    String name = nameIn(current, code).orElse(code);
    no.saman.reports.group.GroupFigures figures;
    if (disclosure instanceof Disclosure.Shown<GroupFigures> shown) {
      figures =
          new no.saman.reports.group.GroupFigures(
              name,
              false,
              Math.toIntExact(shown.responses()),
              shown.figures().responseRate(),
              valuesOf(current, code, ids));
    } else {
      figures = new no.saman.reports.group.GroupFigures(name, true, null, null, Map.of());
    }
    List<WaveFigures> trend = new ArrayList<>();
    for (WaveComparison w : waves) {
      if (rounds.stream().anyMatch(r -> r.wave().equals(w.wave()))) {
        Map<String, Double> values = valuesOf(w, code, ids);
        trend.add(new WaveFigures(w.wave(), values.isEmpty() && hidden(w, code), null, values));
      }
    }
    SurveyRound last = rounds.stream().filter(r -> r.wave().equals(wave)).findFirst().orElseThrow();
    return new MemberMunicipality(
        code,
        figures,
        trend,
        ReportGoals.of(
            goals.ofMunicipality(code).stream().filter(g -> g.unit() == null).toList(),
            wave,
            UnitReportModels.lastDay(last),
            figures.suppressed()));
  }

  /** Indicator id → the value of the network or all participants, for the ids that have one. */
  static Map<String, Double> values(
      WaveComparison wave, List<String> ids, Function<IndicatorComparison, Double> which) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String id : ids) {
      indicator(wave, id).map(which).ifPresent(v -> values.put(id, v));
    }
    return values;
  }

  private static Map<String, Double> valuesOf(WaveComparison wave, String code, List<String> ids) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String id : ids) {
      indicator(wave, id)
          .flatMap(i -> member(i, code))
          .map(MunicipalityValue::value)
          .ifPresent(v -> values.put(id, v));
    }
    return values;
  }

  /** Whether the member is suppressed on every indicator of the wave. */
  private static boolean hidden(WaveComparison wave, String code) {
    return wave.indicators().stream()
        .allMatch(i -> member(i, code).map(m -> Boolean.TRUE.equals(m.suppressed())).orElse(true));
  }

  private static Optional<String> nameIn(WaveComparison wave, String code) {
    return wave.indicators().stream()
        .flatMap(i -> member(i, code).stream())
        .map(MunicipalityValue::name)
        .filter(n -> n != null)
        .findFirst();
  }

  private static Optional<IndicatorComparison> indicator(WaveComparison wave, String id) {
    return wave.indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  private static Optional<MunicipalityValue> member(IndicatorComparison indicator, String code) {
    return indicator.municipalities().stream()
        .filter(m -> m.municipality().equals(code))
        .findFirst();
  }
}
