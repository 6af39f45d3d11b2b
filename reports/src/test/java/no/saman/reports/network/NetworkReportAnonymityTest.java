package no.saman.reports.network;

import static java.nio.charset.StandardCharsets.UTF_8;
import static no.saman.reports.ReportExamples.nordVest;
import static no.saman.reports.ReportExamples.renderer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.saman.reports.ReportFormat;
import no.saman.reports.goal.Goal;
import no.saman.reports.goal.GoalMeasurement;
import no.saman.reports.goal.GoalStatus;
import no.saman.reports.group.GroupFigures;
import no.saman.reports.network.NetworkReportModel.MemberMunicipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NetworkReportAnonymityTest {

  private static final Locale NYNORSK = Locale.forLanguageTag("nn");
  private static final int JONDAL = 1;
  private static final int SUND = 3;

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void shouldRefuseASuppressedMunicipalityCarryingAFigure(ReportFormat format) {
    MemberMunicipality jondal = nordVest().municipalities().get(JONDAL);
    GroupFigures leaking = new GroupFigures("Jondal", true, 3, null, Map.of());
    NetworkReportModel model =
        with(JONDAL, new MemberMunicipality("1227", leaking, jondal.trend(), jondal.goals()));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderNetworkReport(model, format, NYNORSK))
        .withMessageContaining("Jondal");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void shouldRefuseAGoalValueOfASuppressedMunicipality(ReportFormat format) {
    MemberMunicipality jondal = nordVest().municipalities().get(JONDAL);
    Goal leaking =
        new Goal(
            "sick_leave_pct",
            "2012-baseline",
            7.8,
            6.5,
            "2014",
            List.of(new GoalMeasurement("2013-autumn", 7.1, GoalStatus.ON_TRACK)));
    NetworkReportModel model =
        with(
            JONDAL,
            new MemberMunicipality("1227", jondal.figures(), jondal.trend(), List.of(leaking)));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderNetworkReport(model, format, NYNORSK))
        .withMessageContaining("suppressed in 2013-autumn");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void shouldRefuseASingleSuppressedMunicipalityBesideTheNetworkMean(ReportFormat format) {
    NetworkReportModel five = nordVest();
    List<MemberMunicipality> members = new ArrayList<>(five.municipalities());
    members.remove(SUND);
    NetworkReportModel model = copy(five, members);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderNetworkReport(model, format, NYNORSK))
        .withMessageContaining("recovered by subtraction");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void shouldRenderASingleSuppressedMunicipalityBesideAMeanOfTheShownOnes(ReportFormat format) {
    NetworkReportModel five = nordVest();
    List<MemberMunicipality> members = new ArrayList<>(five.municipalities());
    members.remove(SUND);
    NetworkReportModel model = copy(five, members, 3);

    assertThat(renderer().renderNetworkReport(model, format, NYNORSK)).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void shouldRefuseAMeanPoolingMoreMunicipalitiesThanTheNetworkHas(ReportFormat format) {
    NetworkReportModel five = nordVest();
    NetworkReportModel model = copy(five, five.municipalities(), 6);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> renderer().renderNetworkReport(model, format, NYNORSK))
        .withMessageContaining("networkMeanMunicipalities");
  }

  @Test
  void shouldPrintTheMeansOwnNumberOfMunicipalities() {
    NetworkReportModel five = nordVest();
    NetworkReportModel model = copy(five, five.municipalities(), 3);

    String csv =
        new String(renderer().renderNetworkReport(model, ReportFormat.CSV, NYNORSK), UTF_8);

    assertThat(csv).contains("(N = 3)").doesNotContain("(N = 5)");
  }

  private static NetworkReportModel with(int index, MemberMunicipality member) {
    NetworkReportModel five = nordVest();
    List<MemberMunicipality> members = new ArrayList<>(five.municipalities());
    members.set(index, member);
    return copy(five, members);
  }

  private static NetworkReportModel copy(NetworkReportModel m, List<MemberMunicipality> members) {
    return new NetworkReportModel(
        m.networkName(),
        m.theme(),
        m.wave(),
        m.indicatorIds(),
        members,
        m.networkMean(),
        m.allParticipants(),
        m.allParticipantsMunicipalities(),
        m.networkMeanTrend(),
        m.generatedOn());
  }

  private static NetworkReportModel copy(
      NetworkReportModel m, List<MemberMunicipality> members, int pooled) {
    return new NetworkReportModel(
        m.networkName(),
        m.theme(),
        m.wave(),
        m.indicatorIds(),
        members,
        m.networkMean(),
        m.allParticipants(),
        m.allParticipantsMunicipalities(),
        m.networkMeanTrend(),
        m.generatedOn(),
        pooled);
  }
}
