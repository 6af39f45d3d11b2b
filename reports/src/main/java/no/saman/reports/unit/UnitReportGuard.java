package no.saman.reports.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Refuses a unit report that would break the anonymity rule, so that a caller's bug cannot leak the
 * figures of a group below the threshold into a report.
 */
final class UnitReportGuard {

  private UnitReportGuard() {}

  static void requireShowable(UnitReportModel model, int anonymityThreshold) {
    Objects.requireNonNull(model, "model");
    require(model.municipalityName(), "municipalityName");
    require(model.unitName(), "unitName");
    require(model.roundTitle(), "roundTitle");
    require(model.wave(), "wave");
    require(model.indicators(), "indicators");
    require(model.generatedOn(), "generatedOn");
    if (model.suppressed()) {
      List<String> leaked = unitFiguresOf(model);
      if (!leaked.isEmpty()) {
        throw new IllegalArgumentException(
            "A suppressed unit report must carry no unit figures, but has " + leaked);
      }
    } else if (model.responses() == null) {
      throw new IllegalArgumentException("responses is required when the unit is not suppressed");
    } else if (model.responses() < anonymityThreshold) {
      throw new IllegalArgumentException(
          "The unit has fewer responses than the anonymity threshold ("
              + anonymityThreshold
              + ") and must be suppressed");
    }
  }

  private static void require(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
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
    for (UnitReportModel.IndicatorRow row : model.indicators()) {
      if (row.unitValue() != null) {
        figures.add("indicators[" + row.id() + "].unitValue");
      }
    }
    if (model.positionSizes() != null && !model.positionSizes().isEmpty()) {
      figures.add("positionSizes");
    }
    return figures;
  }
}
