package no.saman.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.reports.goal.Goal;
import no.saman.reports.goal.GoalMeasurement;
import no.saman.reports.goal.GoalStatus;
import no.saman.reports.group.GroupFigures;
import no.saman.reports.group.WaveFigures;
import no.saman.reports.network.NetworkReportModel;
import no.saman.reports.network.NetworkReportModel.MemberMunicipality;

/**
 * A network of ten municipalities (Sykefravær Nord-Vest and five more of the programme), the size
 * the benchmark bar names for the network comparison.
 */
public final class TenMunicipalities {

  private static final List<String> WAVES = List.of("2012-baseline", "2013-spring", "2013-autumn");
  private static final List<String[]> MORE =
      List.of(
          new String[] {"1548", "Fræna"},
          new String[] {"0604", "Kongsberg"},
          new String[] {"1502", "Molde"},
          new String[] {"1420", "Sogndal"},
          new String[] {"2012", "Alta"});

  private TenMunicipalities() {}

  public static NetworkReportModel model() {
    NetworkReportModel five = ReportExamples.nordVest();
    List<MemberMunicipality> members = new ArrayList<>(five.municipalities());
    for (int i = 0; i < MORE.size(); i++) {
      members.add(
          member(MORE.get(i)[0], MORE.get(i)[1], five.indicatorIds(), five.networkMean(), i));
    }
    return new NetworkReportModel(
        five.networkName(),
        five.theme(),
        five.wave(),
        five.indicatorIds(),
        members,
        five.networkMean(),
        five.allParticipants(),
        five.allParticipantsMunicipalities(),
        five.networkMeanTrend(),
        five.generatedOn());
  }

  private static MemberMunicipality member(
      String code, String name, List<String> ids, Map<String, Double> mean, int seed) {
    double shift = (seed - 2) * 0.04;
    List<WaveFigures> trend = new ArrayList<>();
    for (int w = 0; w < WAVES.size(); w++) {
      double drift = (w - 2) * 0.03;
      trend.add(
          new WaveFigures(
              WAVES.get(w), false, 150 + 20 * seed, valuesOf(ids, mean, shift + drift)));
    }
    Goal goal =
        new Goal(
            "sick_leave_pct",
            WAVES.get(0),
            8.5 + seed * 0.2,
            7.0,
            "2014",
            List.of(new GoalMeasurement(WAVES.get(2), 8.0 + seed * 0.1, GoalStatus.ON_TRACK)));
    GroupFigures figures =
        new GroupFigures(
            name, false, 160 + 20 * seed, 0.6 + seed * 0.02, valuesOf(ids, mean, shift));
    return new MemberMunicipality(code, figures, trend, List.of(goal));
  }

  private static Map<String, Double> valuesOf(
      List<String> ids, Map<String, Double> mean, double shift) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String id : ids) {
      double value = mean.get(id) * (1 + shift);
      values.put(id, Math.round(value * 100) / 100.0);
    }
    return values;
  }
}
