package no.saman.reports.network;

import static no.saman.reports.ReportExamples.nordVest;
import static no.saman.reports.ReportExamples.renderer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.saman.reports.PdfPages;
import no.saman.reports.ReportFormat;
import no.saman.reports.goal.Goal;
import no.saman.reports.goal.GoalAction;
import no.saman.reports.goal.GoalMeasurement;
import no.saman.reports.network.NetworkReportModel.MemberMunicipality;
import org.junit.jupiter.api.Test;

/**
 * The network report's measures per member: long titles and many measures wrap and flow over pages,
 * nothing cut off; a goal with a baseline date gets its curve with the measures marked.
 */
class NetworkMeasuresTest {

  private static final Locale NYNORSK = Locale.forLanguageTag("nn");
  private static final String LONG_TITLE =
      "Heiltidskultur i heimetenesta: nye turnusar med langvakter i helgane, prøvd ut saman med"
          + " tillitsvalde og verneombodet, og evaluert etter eitt år";

  @Test
  void shouldWrapLongTitlesAndFlowManyMeasuresOverPages() throws Exception {
    NetworkReportModel model = withMeasures(nordVest(), 40);

    PdfPages pages =
        PdfPages.read(
            renderer().renderNetworkReport(model, ReportFormat.PDF, NYNORSK), "network-measures");

    String flat = pages.text().replaceAll("\\s+", " ");
    assertThat(pages.pageCount()).isGreaterThan(pdfPages(nordVest()) + 1);
    for (int i = 1; i <= 40; i++) {
      assertThat(flat).contains(i + ". " + LONG_TITLE);
    }
    assertThat(flat)
        .contains("Fagforbundet (tillitsvalde), verneombod, Sjukepleiarforbundet (tillitsvalde)")
        .contains("Einingsleiar for heimetenesta i samarbeid med personalavdelinga")
        .contains("1/3", "Forseinka");
  }

  @Test
  void shouldDrawTheGoalsCurveFromItsBaselineWithTheMeasuresMarked() throws Exception {
    NetworkReportModel model = withMeasures(nordVest(), 2);

    PdfPages pages =
        PdfPages.read(
            renderer().renderNetworkReport(model, ReportFormat.PDF, NYNORSK), "network-curve");

    String flat = pages.text().replaceAll("\\s+", " ");
    assertThat(flat)
        .contains("Tiltak: 1. 1. " + LONG_TITLE + " (1. juni 2012 – 31. mai 2013); 2. 2. ");
  }

  private static int pdfPages(NetworkReportModel model) throws Exception {
    return PdfPages.read(
            renderer().renderNetworkReport(model, ReportFormat.PDF, NYNORSK), "network-plain")
        .pageCount();
  }

  /** The example with the first member's first goal dated and carrying {@code count} measures. */
  static NetworkReportModel withMeasures(NetworkReportModel model, int count) {
    List<GoalAction> actions = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      actions.add(
          new GoalAction(
              i + ". " + LONG_TITLE,
              "Einingsleiar for heimetenesta i samarbeid med personalavdelinga",
              i % 2 == 0 ? "ongoing" : "delayed",
              "2012-06-01",
              i % 2 == 0 ? null : "2013-05-31",
              List.of("union", "safety_representative", "union"),
              java.util.Arrays.asList("Fagforbundet", null, "Sjukepleiarforbundet"),
              1,
              3));
    }
    List<MemberMunicipality> members = new ArrayList<>(model.municipalities());
    MemberMunicipality first =
        members.stream().filter(m -> !m.goals().isEmpty()).findFirst().orElseThrow();
    Goal goal = first.goals().get(0);
    List<GoalMeasurement> dated = new ArrayList<>();
    for (GoalMeasurement m : goal.measurements()) {
      dated.add(new GoalMeasurement(m.wave(), m.value(), m.status(), "2013-09-02"));
    }
    List<Goal> goals = new ArrayList<>(first.goals());
    goals.set(
        0,
        new Goal(
            goal.indicatorId(),
            goal.baselineWave(),
            goal.baselineValue(),
            goal.targetValue(),
            "2014-12-31",
            dated,
            actions,
            "2012-03-01"));
    members.set(
        members.indexOf(first),
        new MemberMunicipality(first.code(), first.figures(), first.trend(), goals));
    return new NetworkReportModel(
        model.networkName(),
        model.theme(),
        model.wave(),
        model.indicatorIds(),
        members,
        model.networkMean(),
        model.allParticipants(),
        model.allParticipantsMunicipalities(),
        model.networkMeanTrend(),
        model.generatedOn(),
        model.networkMeanMunicipalities());
  }
}
