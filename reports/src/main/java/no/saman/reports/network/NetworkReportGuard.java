package no.saman.reports.network;

import static no.saman.reports.group.FiguresGuard.require;
import static no.saman.reports.group.FiguresGuard.requireElements;

import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.goal.GoalGuard;
import no.saman.reports.group.FiguresGuard;
import no.saman.reports.group.WaveFigures;
import no.saman.reports.network.NetworkReportModel.MemberMunicipality;

/**
 * Refuses a network comparison that would show a figure of a municipality below the threshold,
 * directly, through its trend or goals, or by subtraction from a network mean that pools it.
 */
final class NetworkReportGuard {

  private NetworkReportGuard() {}

  static void requireShowable(NetworkReportModel model, int threshold) {
    require(model, "model");
    require(model.networkName(), "networkName");
    require(model.wave(), "wave");
    require(model.generatedOn(), "generatedOn");
    FiguresGuard.requireIndicators(model.indicatorIds());
    model.networkMean().keySet().forEach(IndicatorFormat::byId);
    model.allParticipants().keySet().forEach(IndicatorFormat::byId);
    requireElements(model.municipalities(), "municipalities");
    if (model.municipalities().isEmpty()) {
      throw new IllegalArgumentException("A network comparison needs at least one municipality");
    }
    long suppressed = 0;
    for (MemberMunicipality member : model.municipalities()) {
      FiguresGuard.requireShowable(member.figures(), threshold, "municipality");
      requireElements(member.trend(), "municipality.trend");
      for (WaveFigures wave : member.trend()) {
        FiguresGuard.requireShowable(wave, threshold, member.name() + ".trend");
      }
      boolean hidden = member.figures().suppressed();
      GoalGuard.requireShowable(member.goals(), model.wave(), hidden, member.name() + ".goals");
      suppressed += hidden ? 1 : 0;
    }
    requireElements(model.networkMeanTrend(), "networkMeanTrend");
    Integer pooled = model.networkMeanMunicipalities();
    long shown = model.municipalities().size() - suppressed;
    if (pooled != null && (pooled < 0 || pooled > model.municipalities().size())) {
      throw new IllegalArgumentException(
          "networkMeanMunicipalities must be between 0 and the number of municipalities");
    }
    boolean meanPoolsASuppressed = pooled == null || pooled > shown;
    if (suppressed == 1 && !model.networkMean().isEmpty() && meanPoolsASuppressed) {
      throw new IllegalArgumentException(
          "Exactly one suppressed municipality beside a shown network mean could be recovered by"
              + " subtraction; suppress the next-smallest municipality too");
    }
  }
}
