package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.results.DisclosedGroup;
import no.saman.analytics.results.RoundReader;
import no.saman.analytics.results.RoundResults;
import no.saman.analytics.results.RoundResults.MunicipalityGroups;
import no.saman.analytics.round.SurveyRound;
import no.saman.reports.group.GroupFigures;
import no.saman.reports.group.WaveFigures;
import no.saman.reports.municipality.MunicipalityReportModel;

/**
 * Builds the municipality report's model from the groups GET /api/municipalities/{code}/results
 * shows — the municipality and every unit, parents first, each as the anonymity guard decided — and
 * the municipality's own figures in each wave it ran up to the report's, for the trend.
 */
@Singleton
class MunicipalityReportModels {

  private final RoundResults results;
  private final RoundReader reader;

  private final ReportActions actions;

  MunicipalityReportModels(RoundResults results, RoundReader reader, ReportActions actions) {
    this.results = results;
    this.reader = reader;
    this.actions = actions;
  }

  /** The model, and the municipality for its default language. */
  record Built(MunicipalityReportModel model, DisclosedGroup municipality) {}

  /**
   * @param wave null for the municipality's latest
   * @throws ProblemException 404 when the municipality ran no round (in the wave)
   */
  Built of(
      String code,
      @Nullable String wave,
      LocalDate generatedOn,
      String outcome,
      @Nullable Double need) {
    MunicipalityGroups groups =
        results
            .municipality(code, wave, true)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "Municipality "
                            + code
                            + " has no round"
                            + (wave == null ? "" : " in wave " + wave)
                            + "."));
    DisclosedGroup total = groups.municipality();
    List<DisclosedGroup> all = new ArrayList<>(groups.units());
    all.add(total);
    List<String> ids =
        KeyIndicators.present(
            KeyIndicators.MUNICIPALITY,
            id -> all.stream().anyMatch(g -> ReportGroups.has(g.disclosure(), id)));
    Map<String, String> names = unitNames(groups.units());
    List<GroupFigures> units = new ArrayList<>();
    for (DisclosedGroup unit : parentsBeforeTheirUnits(groups.units())) {
      String parent = unit.parentUnit() == null ? null : names.get(unit.parentUnit());
      units.add(ReportGroups.of(names.get(unit.unit()), parent, unit.disclosure(), ids));
    }
    String name = UnitReportModels.municipalityName(total);
    SurveyRound round = total.round();
    boolean shown = total.disclosure() instanceof Disclosure.Shown<?>;
    MunicipalityReportModel model =
        new MunicipalityReportModel(
            name,
            code,
            round.title() == null ? round.id() : round.title(),
            round.wave(),
            ids,
            ReportGroups.of(name, null, total.disclosure(), ids),
            units,
            trend(code, round.wave(), ids),
            generatedOn,
            shown ? actions.drivers(round.id(), null, outcome) : null,
            shown ? actions.recruitment(round.id(), null, need) : null);
    return new Built(model, total);
  }

  /**
   * The municipality's figures in each wave it ran, oldest first, up to and including {@code wave}.
   */
  private List<WaveFigures> trend(String code, String wave, List<String> ids) {
    List<WaveFigures> trend = new ArrayList<>();
    for (String earlier : wavesUpTo(reader.roundsOf(code), wave)) {
      results
          .municipalityFigures(code, earlier)
          .ifPresent(d -> trend.add(ReportGroups.wave(earlier, d, ids)));
    }
    return trend;
  }

  /**
   * The waves of the rounds in the order they first opened, up to and including {@code wave}.
   *
   * @param rounds latest first
   */
  static List<String> wavesUpTo(List<SurveyRound> rounds, String wave) {
    Set<String> waves = new LinkedHashSet<>();
    for (int i = rounds.size() - 1; i >= 0; i--) {
      waves.add(rounds.get(i).wave());
    }
    List<String> upTo = new ArrayList<>();
    for (String w : waves) {
      upTo.add(w);
      if (w.equals(wave)) {
        return upTo;
      }
    }
    return upTo;
  }

  /** The units in display order: each followed by the units inside it, siblings in code order. */
  static List<DisclosedGroup> parentsBeforeTheirUnits(List<DisclosedGroup> units) {
    Map<String, List<DisclosedGroup>> children = new HashMap<>();
    Set<String> codes = new HashSet<>();
    units.forEach(u -> codes.add(u.unit()));
    for (DisclosedGroup unit : units) {
      String parent = codes.contains(unit.parentUnit()) ? unit.parentUnit() : null;
      children.computeIfAbsent(parent, p -> new ArrayList<>()).add(unit);
    }
    List<DisclosedGroup> ordered = new ArrayList<>();
    Deque<DisclosedGroup> stack = new ArrayDeque<>();
    List<DisclosedGroup> top = children.getOrDefault(null, List.of());
    for (int i = top.size() - 1; i >= 0; i--) {
      stack.push(top.get(i));
    }
    while (!stack.isEmpty()) {
      DisclosedGroup unit = stack.pop();
      ordered.add(unit);
      List<DisclosedGroup> inside = children.getOrDefault(unit.unit(), List.of());
      for (int i = inside.size() - 1; i >= 0; i--) {
        stack.push(inside.get(i));
      }
    }
    return ordered;
  }

  /** Each unit's printed name: its name, with its code added when another unit has it too. */
  private static Map<String, String> unitNames(List<DisclosedGroup> units) {
    Map<String, Integer> uses = new HashMap<>();
    units.forEach(u -> uses.merge(nameOf(u), 1, Integer::sum));
    Map<String, String> names = new HashMap<>();
    for (DisclosedGroup unit : units) {
      String name = nameOf(unit);
      names.put(unit.unit(), uses.get(name) > 1 ? name + " (" + unit.unit() + ")" : name);
    }
    return names;
  }

  private static String nameOf(DisclosedGroup unit) {
    return unit.name() == null ? unit.unit() : unit.name();
  }
}
