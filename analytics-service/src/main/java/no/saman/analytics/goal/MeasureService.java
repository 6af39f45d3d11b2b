package no.saman.analytics.goal;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.saman.analytics.indicator.IndicatorCatalogue;
import no.saman.analytics.indicator.IndicatorInfo;
import no.saman.analytics.indicator.Kind;
import no.saman.analytics.problem.Problem.InvalidParam;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.round.InstrumentStore;
import no.saman.web.json.IsoDate;

/** Checks and stores the measures of goals, and reads them with their before/after figures. */
@Singleton
public class MeasureService {

  static final List<String> STATUSES = List.of("planned", "ongoing", "delayed", "done", "stopped");
  static final List<String> PARTNER_ROLES =
      List.of("union", "safety_representative", "employees", "management", "politicians", "other");

  /** The driver items a measure may target beside the indicators (Lai's levers). */
  static final List<String> DRIVER_ITEMS =
      List.of("K1", "K2", "K3", "K4", "K5", "K6", "N2", "N3", "N4", "N5", "N6");

  private static final int LONGEST_TEXT = 200;
  private static final int LONGEST_DESCRIPTION = 4000;
  private static final int MOST_ENTRIES = 50;

  private final MeasureRepository measures;
  private final GoalRepository goals;
  private final MeasureResults results;
  private final InstrumentStore instruments;
  private final ObjectMapper json;
  private final Clock clock;

  MeasureService(
      MeasureRepository measures,
      GoalRepository goals,
      MeasureResults results,
      InstrumentStore instruments,
      ObjectMapper json,
      Clock clock) {
    this.measures = measures;
    this.goals = goals;
    this.results = results;
    this.instruments = instruments;
    this.json = json;
    this.clock = clock;
  }

  /**
   * @throws ProblemException 404 for an unknown goal
   */
  public Goal goal(long id) {
    return goals
        .findById(id)
        .orElseThrow(() -> ProblemException.notFound("There is no goal " + id + "."));
  }

  /**
   * @throws ProblemException 400 naming every invalid field
   */
  MeasureView create(Goal goal, MeasureCommand command) {
    Measure measure = measures.save(check(goal, command));
    return view(goal, measure);
  }

  /**
   * Replaces a measure of the goal with the command's fields, checked as for a new one: how HR
   * moves its status on and ticks off milestones.
   *
   * @throws ProblemException 404 when the goal has no such measure, 400 naming every invalid field
   */
  MeasureView update(Goal goal, long id, MeasureCommand command) {
    Measure stored =
        measures
            .findById(id)
            .filter(m -> m.goalId() == goal.id())
            .orElseThrow(
                () ->
                    ProblemException.notFound("Goal " + goal.id() + " has no measure " + id + "."));
    Measure checked = check(goal, command);
    Measure measure =
        measures.update(
            new Measure(
                stored.id(),
                goal.id(),
                checked.title(),
                checked.description(),
                checked.owner(),
                checked.target(),
                checked.starts(),
                checked.ends(),
                checked.status(),
                checked.milestones(),
                checked.partners()));
    return view(goal, measure);
  }

  /** The measures of each goal, by goal id, in the order they were added. */
  public Map<Long, List<MeasureView>> of(List<Goal> list) {
    Map<Long, List<MeasureView>> byGoal = new LinkedHashMap<>();
    Map<Long, Goal> goalsById = new LinkedHashMap<>();
    list.forEach(
        g -> {
          byGoal.put(g.id(), new ArrayList<>());
          goalsById.put(g.id(), g);
        });
    if (list.isEmpty()) {
      return byGoal;
    }
    for (Measure m : measures.findByGoalIdInListOrderById(goalsById.keySet())) {
      byGoal.get(m.goalId()).add(view(goalsById.get(m.goalId()), m));
    }
    return byGoal;
  }

  private MeasureView view(Goal goal, Measure m) {
    return new MeasureView(
        m.id(),
        m.goalId(),
        m.title(),
        m.description(),
        m.owner(),
        m.target(),
        m.starts().toString(),
        m.ends() == null ? null : m.ends().toString(),
        m.status(),
        read(m.milestones(), MeasureCommand.Milestone.class),
        read(m.partners(), MeasureCommand.Partner.class),
        results.of(goal, m.target(), m.starts()));
  }

  private Measure check(Goal goal, MeasureCommand c) {
    List<InvalidParam> errors = new ArrayList<>();
    text(errors, "title", c.title(), true, LONGEST_TEXT);
    text(errors, "description", c.description(), false, LONGEST_DESCRIPTION);
    text(errors, "owner", c.owner(), true, LONGEST_TEXT);
    String target = c.target() == null ? goal.indicator() : c.target();
    if (!targets().contains(target)) {
      errors.add(
          new InvalidParam(
              "target",
              "must be an indicator of GET /api/indicators with a value, or a driver item ("
                  + String.join(", ", DRIVER_ITEMS)
                  + ")"));
    }
    LocalDate starts = date(errors, "starts", c.starts(), true);
    LocalDate ends = date(errors, "ends", c.ends(), false);
    if (starts != null && ends != null && ends.isBefore(starts)) {
      errors.add(new InvalidParam("ends", "must not be before starts"));
    }
    if (c.status() == null || !STATUSES.contains(c.status())) {
      errors.add(new InvalidParam("status", "must be one of " + String.join(", ", STATUSES)));
    }
    List<MeasureCommand.Milestone> milestones = c.milestones() == null ? List.of() : c.milestones();
    List<MeasureCommand.Partner> partners = c.partners() == null ? List.of() : c.partners();
    if (milestones.size() > MOST_ENTRIES) {
      errors.add(new InvalidParam("milestones", "must have at most " + MOST_ENTRIES + " entries"));
    }
    if (partners.size() > MOST_ENTRIES) {
      errors.add(new InvalidParam("partners", "must have at most " + MOST_ENTRIES + " entries"));
    }
    List<MeasureCommand.Milestone> cleanMilestones = new ArrayList<>();
    for (int i = 0; i < milestones.size() && i < MOST_ENTRIES; i++) {
      MeasureCommand.Milestone m = milestones.get(i);
      String at = "milestones[" + i + "]";
      if (m == null) {
        errors.add(new InvalidParam(at, "must be an object {title, date, done}"));
        continue;
      }
      text(errors, at + ".title", m.title(), true, LONGEST_TEXT);
      LocalDate date = date(errors, at + ".date", m.date(), true);
      cleanMilestones.add(
          new MeasureCommand.Milestone(
              m.title() == null ? null : m.title().strip(),
              date == null ? null : date.toString(),
              Boolean.TRUE.equals(m.done())));
    }
    List<MeasureCommand.Partner> cleanPartners = new ArrayList<>();
    for (int i = 0; i < partners.size() && i < MOST_ENTRIES; i++) {
      MeasureCommand.Partner p = partners.get(i);
      String at = "partners[" + i + "]";
      if (p == null || p.role() == null || !PARTNER_ROLES.contains(p.role())) {
        errors.add(
            new InvalidParam(at + ".role", "must be one of " + String.join(", ", PARTNER_ROLES)));
        continue;
      }
      text(errors, at + ".name", p.name(), false, LONGEST_TEXT);
      cleanPartners.add(
          new MeasureCommand.Partner(
              p.role(), p.name() == null || p.name().isBlank() ? null : p.name().strip()));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidParameters(errors);
    }
    return new Measure(
        null,
        goal.id(),
        c.title().strip(),
        c.description() == null || c.description().isBlank() ? null : c.description().strip(),
        c.owner().strip(),
        target,
        starts,
        ends,
        c.status(),
        write(cleanMilestones),
        write(cleanPartners));
  }

  private Set<String> targets() {
    Set<String> targets = new java.util.HashSet<>(DRIVER_ITEMS);
    IndicatorCatalogue.all(instruments.modulesWithIndices()).stream()
        .filter(i -> i.kind() != Kind.DISTRIBUTION && i.kind() != Kind.COUNT)
        .map(IndicatorInfo::id)
        .forEach(targets::add);
    return targets;
  }

  private static void text(
      List<InvalidParam> errors, String name, String value, boolean required, int longest) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new InvalidParam(name, "is required"));
      }
    } else if (value.strip().length() > longest) {
      errors.add(new InvalidParam(name, "must be at most " + longest + " characters"));
    }
  }

  private LocalDate date(List<InvalidParam> errors, String name, String value, boolean required) {
    if (value == null) {
      if (required) {
        errors.add(new InvalidParam(name, "is required: a date such as 2014-01-15"));
      }
      return null;
    }
    try {
      return IsoDate.parse(value, clock.getZone());
    } catch (DateTimeParseException e) {
      errors.add(new InvalidParam(name, "must be a date such as 2014-01-15"));
      return null;
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> List<T> read(String text, Class<T> type) {
    try {
      return json.readValue(text, Argument.listOf(type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
