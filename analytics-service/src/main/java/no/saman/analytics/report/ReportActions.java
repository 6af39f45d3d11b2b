package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import no.saman.analytics.drivers.DriverService;
import no.saman.analytics.drivers.DriversView;
import no.saman.analytics.recruitment.RecruitmentService;
import no.saman.analytics.recruitment.RecruitmentView;
import no.saman.reports.action.DriverFigures;
import no.saman.reports.action.RecruitmentFigures;

/**
 * The drivers of an outcome and the recruitment scenario of a group for the reports, from the same
 * services as GET /api/rounds/{id}/drivers and …/recruitment: null wherever the API withholds them.
 */
@Singleton
class ReportActions {

  private final DriverService drivers;
  private final RecruitmentService recruitment;

  ReportActions(DriverService drivers, RecruitmentService recruitment) {
    this.drivers = drivers;
    this.recruitment = recruitment;
  }

  /**
   * @param unit null for the whole municipality
   * @param outcome K1, N6 or wants_larger
   */
  @Nullable
  DriverFigures drivers(String roundId, @Nullable String unit, String outcome) {
    DriversView view;
    try {
      view = drivers.drivers(roundId, unit, outcome);
    } catch (no.saman.analytics.problem.ProblemException notAsked) {
      return null;
    }
    if (view.suppressed()) {
      return null;
    }
    return new DriverFigures(
        view.outcome(),
        Math.toIntExact(view.n()),
        view.rSquared(),
        view.drivers().stream()
            .map(
                d ->
                    new DriverFigures.Driver(
                        d.id(),
                        d.share(),
                        d.importanceCi95().get(0) / view.rSquared(),
                        d.importanceCi95().get(1) / view.rSquared(),
                        d.rank(),
                        d.rankCi95().get(0),
                        d.rankCi95().get(1),
                        d.score100()))
            .toList());
  }

  /**
   * @param unit null for the whole municipality
   * @param need FTE needed, null for the hidden reserve only
   */
  @Nullable
  RecruitmentFigures recruitment(String roundId, @Nullable String unit, @Nullable Double need) {
    RecruitmentView v = recruitment.scenario(roundId, unit, need);
    if (v.suppressed()) {
      return null;
    }
    return new RecruitmentFigures(
        v.headcount(),
        v.averageNow(),
        v.fteNow(),
        v.hiddenFte(),
        v.positionsNotAdvertised(),
        v.fteIfWishesMet(),
        v.need(),
        v.coveredShare(),
        v.averageToCover());
  }
}
