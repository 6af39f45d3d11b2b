package no.saman.analytics.goal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.saman.analytics.indicator.IndicatorCatalogue;
import no.saman.analytics.indicator.IndicatorInfo;
import no.saman.analytics.indicator.Kind;
import no.saman.analytics.organisation.OrgUnit;
import no.saman.analytics.organisation.OrgUnitRepository;
import no.saman.analytics.problem.Problem.InvalidParam;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.round.InstrumentStore;
import no.saman.web.json.IsoDate;

/** Checks and stores goals, and follows each one's progress through its measurement source. */
@Singleton
public class GoalService {

  private final GoalRepository goals;
  private final List<MeasurementSource> sources;
  private final InstrumentStore instruments;
  private final Clock clock;
  private final OrgUnitRepository units;
  private final MeasureService measures;

  GoalService(
      MeasureService measures,
      GoalRepository goals,
      List<MeasurementSource> sources,
      InstrumentStore instruments,
      OrgUnitRepository units,
      Clock clock) {
    this.measures = measures;
    this.units = units;
    this.goals = goals;
    this.sources = sources;
    this.instruments = instruments;
    this.clock = clock;
  }

  /**
   * @throws ProblemException 400 naming every invalid field
   */
  GoalView create(GoalCommand command) {
    Goal goal = goals.save(check(command));
    return view(goal, List.of());
  }

  /** The municipality's goals (its own and its units'), each with its progress so far. */
  public List<GoalView> ofMunicipality(String municipality) {
    return views(goals.findByMunicipalityOrderById(municipality));
  }

  /** The municipality's own goals only, without its units': what a network leader may see. */
  public List<GoalView> ofMunicipalityAsWhole(String municipality) {
    return views(
        goals.findByMunicipalityOrderById(municipality).stream()
            .filter(g -> g.unit() == null)
            .toList());
  }

  private List<GoalView> views(List<Goal> list) {
    java.util.Map<Long, List<MeasureView>> byGoal = measures.of(list);
    return list.stream().map(g -> view(g, byGoal.get(g.id()))).toList();
  }

  private GoalView view(Goal goal, List<MeasureView> measuresOfGoal) {
    MeasurementSource source = source(goal.indicator());
    LocalDate start = source.baselineDate(goal);
    if (start == null) {
      start = goal.createdOn();
    }
    List<GoalProgress.Step> steps =
        GoalProgress.of(
            goal.baseline(), goal.target(), start, goal.deadline(), source.after(goal, start));
    List<GoalView.StepView> progress = new ArrayList<>();
    for (GoalProgress.Step s : steps) {
      progress.add(
          new GoalView.StepView(
              s.label(),
              s.date().toString(),
              s.value(),
              s.progress(),
              s.elapsed(),
              s.status().wireName()));
    }
    return new GoalView(
        goal.id(),
        goal.municipality(),
        goal.unit(),
        goal.indicator(),
        goal.baseline(),
        goal.baselineWave(),
        start.toString(),
        goal.target(),
        goal.deadline().toString(),
        progress,
        GoalProgress.status(steps).wireName(),
        measuresOfGoal);
  }

  private MeasurementSource source(String indicator) {
    return sources.stream()
        .filter(s -> s.handles(indicator))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no source for " + indicator));
  }

  private Goal check(GoalCommand c) {
    List<InvalidParam> errors = new ArrayList<>();
    if (c.municipality() == null || !c.municipality().matches("[0-9]{4}")) {
      errors.add(new InvalidParam("municipality", "must be a 4-digit kommunenummer"));
    }
    if (c.unit() != null && (c.unit().isBlank() || c.unit().length() > 64)) {
      errors.add(new InvalidParam("unit", "must be a unit code of 1 to 64 characters when given"));
    } else if (c.unit() != null
        && c.municipality() != null
        && !units.existsById(OrgUnit.idOf(c.municipality(), c.unit()))) {
      errors.add(new InvalidParam("unit", "is not a unit of the municipality"));
    }
    Set<String> goalIndicators =
        IndicatorCatalogue.all(instruments.modulesWithIndices()).stream()
            .filter(i -> i.kind() != Kind.DISTRIBUTION && i.kind() != Kind.COUNT)
            .filter(i -> sources.stream().anyMatch(s -> s.handles(i.id())))
            .map(IndicatorInfo::id)
            .collect(Collectors.toSet());
    if (c.indicator() == null || !goalIndicators.contains(c.indicator())) {
      errors.add(
          new InvalidParam(
              "indicator", "must be an indicator of GET /api/indicators with a value"));
    }
    if (c.baseline() == null || c.baseline().isNaN() || c.baseline().isInfinite()) {
      errors.add(new InvalidParam("baseline", "is required: the indicator's value at the start"));
    }
    if (c.target() == null || c.target().isNaN() || c.target().isInfinite()) {
      errors.add(new InvalidParam("target", "is required: the value to reach"));
    } else if (c.target().equals(c.baseline())) {
      errors.add(new InvalidParam("target", "must differ from the baseline"));
    }
    if (c.baselineWave() == null
        || !c.baselineWave().matches("[0-9]{4}-[a-z0-9-]+|[0-9]{4}Q[1-4]")) {
      errors.add(
          new InvalidParam(
              "baselineWave",
              "must be a wave label (2012-baseline) or a register period (2012Q4)"));
    }
    LocalDate deadline = null;
    try {
      deadline = c.deadline() == null ? null : IsoDate.parse(c.deadline(), clock.getZone());
    } catch (DateTimeParseException e) {
      deadline = null;
    }
    if (deadline == null) {
      errors.add(
          new InvalidParam(
              "deadline",
              "must be a date such as 2026-11-30 (or a date-time such as 2026-11-30T23:29:34Z)"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidParameters(errors);
    }
    return new Goal(
        null,
        c.municipality(),
        c.unit(),
        c.indicator(),
        c.baseline(),
        c.baselineWave(),
        c.target(),
        deadline,
        LocalDate.now(clock));
  }
}
