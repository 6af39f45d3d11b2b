package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.goal.GoalService;
import no.saman.analytics.results.Comment;
import no.saman.analytics.results.DisclosedGroup;
import no.saman.analytics.results.GroupFigures;
import no.saman.analytics.results.RoundResults.UnitInMunicipality;
import no.saman.analytics.round.SurveyRound;
import no.saman.reports.unit.UnitReportModel;
import no.saman.reports.unit.UnitReportModel.IndicatorRow;
import no.saman.reports.unit.UnitReportModel.PositionSizeBand;

/**
 * Builds the unit report's model from the same guarded groups the results API shows — the unit and
 * its municipality in the round, with their comparisons, changes, items and comments — and the
 * unit's goals as GET /api/goals shows them, so a report can never say more than the API.
 */
@Singleton
class UnitReportModels {

  private final GoalService goals;
  private final ReportActions actions;

  UnitReportModels(GoalService goals, ReportActions actions) {
    this.goals = goals;
    this.actions = actions;
  }

  /**
   * @param outcome the drivers section's outcome
   * @param need the recruitment scenario's need in FTE, null for the hidden reserve only
   */
  UnitReportModel of(
      UnitInMunicipality groups, LocalDate generatedOn, String outcome, @Nullable Double need) {
    DisclosedGroup unit = groups.unit();
    Optional<GroupFigures> municipality = figures(groups.municipality());
    Optional<GroupFigures> shown = figures(unit);
    SurveyRound round = unit.round();
    UnitIndicatorRows rows = new UnitIndicatorRows(shown.orElse(null), municipality.orElse(null));
    List<IndicatorRow> indicators = new ArrayList<>(rows.of(KeyIndicators.UNIT_SUMMARY));
    if (shown.isPresent()) {
      indicators.addAll(UnitIndicatorRows.register(unit, groups.municipality()));
    }
    UnitItems items = new UnitItems(shown.orElse(null), municipality.orElse(null));
    return new UnitReportModel(
        municipalityName(unit),
        unit.name() == null ? unit.unit() : unit.name(),
        round.title() == null ? round.id() : round.title(),
        round.wave(),
        shown.isEmpty(),
        shown.isPresent() ? Math.toIntExact(responses(unit)) : null,
        shown.map(GroupFigures::responseRate).orElse(null),
        indicators,
        shown.map(UnitReportModels::positionSizes).orElse(List.of()),
        generatedOn,
        serviceType(unit.serviceType()),
        rows.previousWave(),
        items.competenceUse(),
        items.leadership(),
        rows.of(KeyIndicators.INDICES),
        ReportGoals.of(
            goals.ofMunicipality(unit.municipality()).stream()
                .filter(g -> unit.unit().equals(g.unit()))
                .toList(),
            round.wave(),
            lastDay(round),
            shown.isEmpty()),
        comments(unit.comments()),
        shown.isEmpty() ? null : actions.drivers(round.id(), unit.unit(), outcome),
        shown.isEmpty() ? null : actions.recruitment(round.id(), unit.unit(), need));
  }

  static String municipalityName(DisclosedGroup group) {
    return group.named() == null ? group.municipality() : group.named().name();
  }

  /** The latest date of a round: when it closes, else when it opens; null when neither is known. */
  @Nullable
  static LocalDate lastDay(SurveyRound round) {
    return round.closes() != null ? round.closes() : round.opens();
  }

  private static Optional<GroupFigures> figures(DisclosedGroup group) {
    return group.disclosure() instanceof Disclosure.Shown<GroupFigures> shown
        ? Optional.of(shown.figures())
        : Optional.empty();
  }

  private static long responses(DisclosedGroup group) {
    return ((Disclosure.Shown<GroupFigures>) group.disclosure()).responses();
  }

  private static List<PositionSizeBand> positionSizes(GroupFigures figures) {
    return figures.positionSizes().stream()
        .map(b -> new PositionSizeBand(b.label(), b.current(), b.desired()))
        .toList();
  }

  private static List<UnitReportModel.Comment> comments(List<Comment> comments) {
    return comments.stream().map(c -> new UnitReportModel.Comment(c.module(), c.text())).toList();
  }

  /** A service type code as a heading, e.g. sjukeheim → Sjukeheim; null when unknown. */
  @Nullable
  static String serviceType(@Nullable String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String words = code.replace('_', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
