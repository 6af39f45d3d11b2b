package no.saman.reports.municipality;

import static no.saman.reports.group.FiguresGuard.require;
import static no.saman.reports.group.FiguresGuard.requireElements;

import no.saman.reports.group.FiguresGuard;
import no.saman.reports.group.GroupFigures;
import no.saman.reports.group.WaveFigures;

/**
 * Refuses a municipality report that would show a figure of a group below the threshold, directly
 * or by subtraction (a shown total or unit beside suppressed units that add up to fewer than k).
 */
final class MunicipalityReportGuard {

  private MunicipalityReportGuard() {}

  static void requireShowable(MunicipalityReportModel model, int threshold) {
    require(model, "model");
    require(model.municipalityName(), "municipalityName");
    require(model.roundTitle(), "roundTitle");
    require(model.wave(), "wave");
    require(model.generatedOn(), "generatedOn");
    FiguresGuard.requireIndicators(model.indicatorIds());
    FiguresGuard.requireShowable(model.total(), threshold, "total");
    if (model.total().suppressed() && (model.drivers() != null || model.recruitment() != null)) {
      throw new IllegalArgumentException(
          "A suppressed municipality must carry no drivers or recruitment figures");
    }
    if (model.drivers() != null && model.drivers().n() < Math.max(3 * threshold, 30)) {
      throw new IllegalArgumentException(
          "Drivers need at least max(3k, 30) complete respondents and must be left out");
    }
    requireElements(model.units(), "units");
    for (GroupFigures unit : model.units()) {
      FiguresGuard.requireShowable(unit, threshold, "unit");
    }
    requireElements(model.trend(), "trend");
    for (WaveFigures wave : model.trend()) {
      FiguresGuard.requireShowable(wave, threshold, "trend");
    }
    UnitFamilies.requireNothingRecoverable(model, threshold);
  }
}
