package no.saman.reports.unit;

import static no.saman.reports.group.FiguresGuard.require;
import static no.saman.reports.group.FiguresGuard.requireElements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.goal.GoalGuard;
import no.saman.reports.unit.UnitReportModel.IndicatorRow;

/**
 * Refuses a unit report that would break the anonymity rule, so that a caller's bug cannot leak the
 * figures of a group below the threshold (or comments below the comment threshold) into a report.
 */
final class UnitReportGuard {

  static final Set<String> LEADERSHIP_ITEMS = Set.of("L1", "L2", "L3", "L4", "L5", "L6", "L7");

  private UnitReportGuard() {}

  static void requireShowable(UnitReportModel model, int threshold, int commentThreshold) {
    require(model, "model");
    require(model.municipalityName(), "municipalityName");
    require(model.unitName(), "unitName");
    require(model.roundTitle(), "roundTitle");
    require(model.wave(), "wave");
    require(model.generatedOn(), "generatedOn");
    requireRows(model.indicators(), "indicators", model.previousWave());
    requireRows(model.scaleIndices(), "scaleIndices", model.previousWave());
    requireElements(model.positionSizes(), "positionSizes");
    requireElements(model.competenceUse(), "competenceUse");
    requireElements(model.leadershipItems(), "leadershipItems");
    requireElements(model.comments(), "comments");
    requireKnownAnswers(model);
    GoalGuard.requireShowable(model.goals(), model.wave(), model.suppressed(), "goals");
    if (model.suppressed()) {
      List<String> leaked = unitFiguresOf(model);
      if (!leaked.isEmpty()) {
        throw new IllegalArgumentException(
            "A suppressed unit report must carry no unit figures, but has " + leaked);
      }
      return;
    }
    if (model.responses() == null) {
      throw new IllegalArgumentException("responses is required when the unit is not suppressed");
    }
    if (model.responses() < threshold) {
      throw new IllegalArgumentException(
          "The unit has fewer responses than the anonymity threshold ("
              + threshold
              + ") and must be suppressed");
    }
    if (model.drivers() != null && model.drivers().n() < Math.max(3 * threshold, 30)) {
      throw new IllegalArgumentException(
          "Drivers need at least max(3k, 30) complete respondents and must be left out");
    }
    if (!model.comments().isEmpty() && model.responses() < commentThreshold) {
      throw new IllegalArgumentException(
          "The unit has fewer responses than the comment threshold ("
              + commentThreshold
              + ") and must carry no comments");
    }
  }

  private static void requireRows(List<IndicatorRow> rows, String name, String previousWave) {
    requireElements(rows, name);
    for (IndicatorRow row : rows) {
      require(row.id(), name + ".id");
      IndicatorFormat.byId(row.id());
      if (row.change() != null && previousWave == null) {
        throw new IllegalArgumentException(
            name + "[" + row.id() + "] has a change but the model has no previousWave");
      }
    }
  }

  private static void requireKnownAnswers(UnitReportModel model) {
    for (UnitReportModel.CompetenceUseShare share : model.competenceUse()) {
      if (share.answer() < 1 || share.answer() > 5) {
        throw new IllegalArgumentException("competenceUse answer must be 1–5: " + share.answer());
      }
    }
    for (UnitReportModel.ItemScore item : model.leadershipItems()) {
      if (!LEADERSHIP_ITEMS.contains(item.itemId())) {
        throw new IllegalArgumentException("Unknown leadership item '" + item.itemId() + "'");
      }
    }
  }

  private static List<String> unitFiguresOf(UnitReportModel model) {
    List<String> figures = new ArrayList<>();
    if (model.responses() != null) {
      figures.add("responses");
    }
    if (model.responseRate() != null) {
      figures.add("responseRate");
    }
    addRowFigures(model.indicators(), "indicators", figures);
    addRowFigures(model.scaleIndices(), "scaleIndices", figures);
    addIfAny(model.positionSizes(), "positionSizes", figures);
    addIfAny(model.competenceUse(), "competenceUse", figures);
    addIfAny(model.leadershipItems(), "leadershipItems", figures);
    addIfAny(model.comments(), "comments", figures);
    if (model.drivers() != null) {
      figures.add("drivers");
    }
    if (model.recruitment() != null) {
      figures.add("recruitment");
    }
    return figures;
  }

  private static void addRowFigures(List<IndicatorRow> rows, String name, List<String> figures) {
    for (IndicatorRow row : rows) {
      if (row.unitValue() != null) {
        figures.add(name + "[" + row.id() + "].unitValue");
      }
      if (row.change() != null) {
        figures.add(name + "[" + row.id() + "].change");
      }
    }
  }

  private static void addIfAny(List<?> values, String name, List<String> figures) {
    if (!values.isEmpty()) {
      figures.add(name);
    }
  }
}
