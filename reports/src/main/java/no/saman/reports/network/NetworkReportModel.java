package no.saman.reports.network;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.reports.goal.Goal;
import no.saman.reports.group.GroupFigures;
import no.saman.reports.group.WaveFigures;

/**
 * Everything the network comparison shows for one network and wave, already anonymity-checked by
 * the caller: each municipality beside the network mean and all participants on every key
 * indicator, the trend over the waves and each municipality's goals. A suppressed municipality
 * carries no figure and prints "for få svar"; exactly one suppressed municipality is refused when
 * the network mean pools it, since it could be recovered from the mean and the others (domain §6).
 *
 * @param networkName e.g. "Sykefravær Nord-Vest"
 * @param theme e.g. "Sjukefråvær"; null when none
 * @param wave the wave compared, e.g. "2013-autumn"
 * @param indicatorIds the key indicators, in order
 * @param municipalities the network's municipalities in display order
 * @param networkMean indicator id → the network's mean in this wave
 * @param allParticipants indicator id → the value over all participating municipalities
 * @param allParticipantsMunicipalities how many municipalities "all participants" are (the N)
 * @param networkMeanTrend the network mean per wave, oldest first
 * @param generatedOn the date printed as the generation date
 * @param networkMeanMunicipalities how many municipalities the network mean pools (its N); null
 *     when it pools every member. A mean pooled over the shown members only leaves nothing of a
 *     suppressed member to subtract.
 */
public record NetworkReportModel(
    String networkName,
    String theme,
    String wave,
    List<String> indicatorIds,
    List<MemberMunicipality> municipalities,
    Map<String, Double> networkMean,
    Map<String, Double> allParticipants,
    int allParticipantsMunicipalities,
    List<WaveFigures> networkMeanTrend,
    LocalDate generatedOn,
    Integer networkMeanMunicipalities) {

  public NetworkReportModel {
    networkMean = copyOf(networkMean);
    allParticipants = copyOf(allParticipants);
    networkMeanTrend = networkMeanTrend == null ? List.of() : networkMeanTrend;
  }

  /** A comparison whose network mean pools every member. */
  public NetworkReportModel(
      String networkName,
      String theme,
      String wave,
      List<String> indicatorIds,
      List<MemberMunicipality> municipalities,
      Map<String, Double> networkMean,
      Map<String, Double> allParticipants,
      int allParticipantsMunicipalities,
      List<WaveFigures> networkMeanTrend,
      LocalDate generatedOn) {
    this(
        networkName,
        theme,
        wave,
        indicatorIds,
        municipalities,
        networkMean,
        allParticipants,
        allParticipantsMunicipalities,
        networkMeanTrend,
        generatedOn,
        null);
  }

  /** The N of the network mean: the municipalities it pools. */
  public int networkMeanN() {
    return networkMeanMunicipalities == null ? municipalities.size() : networkMeanMunicipalities;
  }

  private static Map<String, Double> copyOf(Map<String, Double> values) {
    return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * One municipality of the network.
   *
   * @param code the kommunenummer, e.g. "1824"
   * @param figures its figures in the report's wave, named e.g. "Vefsn"
   * @param trend its figures per wave, oldest first
   * @param goals its goals with their progress
   */
  public record MemberMunicipality(
      String code, GroupFigures figures, List<WaveFigures> trend, List<Goal> goals) {

    public MemberMunicipality {
      trend = trend == null ? List.of() : trend;
      goals = goals == null ? List.of() : goals;
    }

    /** The municipality's name. */
    public String name() {
      return figures == null ? null : figures.name();
    }
  }
}
