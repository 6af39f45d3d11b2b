package no.saman.reports.unit;

import java.time.LocalDate;
import java.util.List;
import no.saman.reports.action.DriverFigures;
import no.saman.reports.action.RecruitmentFigures;
import no.saman.reports.goal.Goal;

/**
 * Everything the unit report shows, already anonymity-checked by the caller: when {@code
 * suppressed} is true, {@code responses}, {@code responseRate}, every unit value and change, the
 * distributions, the item scores and the comments are null/empty and the report prints "for få
 * svar" instead. {@code no.saman.reports.ReportRenderer} refuses a suppressed model that still
 * carries a unit figure, an unsuppressed one with fewer responses than the anonymity threshold, and
 * comments from a unit below the comment threshold. A section whose list is empty is left out.
 *
 * @param municipalityName e.g. "Fræna"
 * @param unitName e.g. "Institusjonstenesta"
 * @param roundTitle the round's title
 * @param wave the wave label, e.g. "2013-autumn"
 * @param suppressed whether the unit is below the anonymity threshold
 * @param responses number of responses, null when suppressed
 * @param responseRate responses / headcount (0..1), null when unknown or suppressed
 * @param indicators the key indicators with their comparisons, in display order
 * @param positionSizes current vs desired position size, counted per band, in display order
 * @param generatedOn the date printed as the generation date
 * @param serviceType the unit's service type as printed, e.g. "Sjukeheim"; null when unknown
 * @param previousWave the wave of the previous round the changes are measured from; null for none
 * @param competenceUse the distribution of K1 (how well one's competence is used), answers 1–5
 * @param leadershipItems the mean of each leadership item L1–L7
 * @param scaleIndices the scale indices (e.g. {@code mastery_leadership_index}) with comparisons
 * @param goals the unit's goals with their progress
 * @param comments free-text comments, only when the unit is at or above the comment threshold
 * @param drivers the drivers of competence use (K1), null when withheld or not asked
 * @param recruitment the KS recruitment scenario, null when withheld or not asked
 */
public record UnitReportModel(
    String municipalityName,
    String unitName,
    String roundTitle,
    String wave,
    boolean suppressed,
    Integer responses,
    Double responseRate,
    List<IndicatorRow> indicators,
    List<PositionSizeBand> positionSizes,
    LocalDate generatedOn,
    String serviceType,
    String previousWave,
    List<CompetenceUseShare> competenceUse,
    List<ItemScore> leadershipItems,
    List<IndicatorRow> scaleIndices,
    List<Goal> goals,
    List<Comment> comments,
    DriverFigures drivers,
    RecruitmentFigures recruitment) {

  /** A model without the drivers and recruitment sections. */
  public UnitReportModel(
      String municipalityName,
      String unitName,
      String roundTitle,
      String wave,
      boolean suppressed,
      Integer responses,
      Double responseRate,
      List<IndicatorRow> indicators,
      List<PositionSizeBand> positionSizes,
      LocalDate generatedOn,
      String serviceType,
      String previousWave,
      List<CompetenceUseShare> competenceUse,
      List<ItemScore> leadershipItems,
      List<IndicatorRow> scaleIndices,
      List<Goal> goals,
      List<Comment> comments) {
    this(
        municipalityName,
        unitName,
        roundTitle,
        wave,
        suppressed,
        responses,
        responseRate,
        indicators,
        positionSizes,
        generatedOn,
        serviceType,
        previousWave,
        competenceUse,
        leadershipItems,
        scaleIndices,
        goals,
        comments,
        null,
        null);
  }

  public UnitReportModel {
    positionSizes = positionSizes == null ? List.of() : positionSizes;
    competenceUse = competenceUse == null ? List.of() : competenceUse;
    leadershipItems = leadershipItems == null ? List.of() : leadershipItems;
    scaleIndices = scaleIndices == null ? List.of() : scaleIndices;
    goals = goals == null ? List.of() : goals;
    comments = comments == null ? List.of() : comments;
  }

  /** The one-page report of the first version: key indicators and position sizes only. */
  public UnitReportModel(
      String municipalityName,
      String unitName,
      String roundTitle,
      String wave,
      boolean suppressed,
      Integer responses,
      Double responseRate,
      List<IndicatorRow> indicators,
      List<PositionSizeBand> positionSizes,
      LocalDate generatedOn) {
    this(
        municipalityName,
        unitName,
        roundTitle,
        wave,
        suppressed,
        responses,
        responseRate,
        indicators,
        positionSizes,
        generatedOn,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * One indicator of the unit beside its comparison groups.
   *
   * @param id an indicator id of {@code no.saman.reports.format.IndicatorFormat}, e.g.
   *     avg_position_size (percent, 58.51), wants_larger_share (share 0..1, 0.42), hidden_fte (5.3)
   * @param unitValue the unit's value, null when suppressed
   * @param municipalityValue the whole municipality's value, null when it is suppressed
   * @param serviceTypeValue units of the same service type among all participants, null if none
   * @param allParticipantsValue all participants, null if not known
   * @param change the unit's change since the previous round, null without one or when suppressed
   * @param networkValues each network of the municipality that shows the indicator (one column
   *     each), empty when none
   */
  public record IndicatorRow(
      String id,
      Double unitValue,
      Double municipalityValue,
      Double serviceTypeValue,
      Double allParticipantsValue,
      Change change,
      List<NetworkValue> networkValues) {

    public IndicatorRow {
      networkValues = networkValues == null ? List.of() : List.copyOf(networkValues);
    }

    public IndicatorRow(
        String id,
        Double unitValue,
        Double municipalityValue,
        Double serviceTypeValue,
        Double allParticipantsValue,
        Change change) {
      this(
          id,
          unitValue,
          municipalityValue,
          serviceTypeValue,
          allParticipantsValue,
          change,
          List.of());
    }

    public IndicatorRow(String id, Double unitValue, Double municipalityValue) {
      this(id, unitValue, municipalityValue, null, null, null);
    }

    /** The value of the network with this id, null when the row has none. */
    public Double networkValue(String networkId) {
      return networkValues.stream()
          .filter(n -> n.id().equals(networkId))
          .map(NetworkValue::value)
          .findFirst()
          .orElse(null);
    }
  }

  /**
   * One of the municipality's networks on one indicator: a municipality in several networks gets
   * one comparison column per network.
   *
   * @param id the network's id
   * @param name the network's name, the column's heading
   * @param value pooled over the members that show the indicator
   * @param members how many members it is pooled over (the network's N)
   */
  public record NetworkValue(String id, String name, double value, int members) {}

  /**
   * The change since the previous round with its 95 % confidence interval, all in the indicator's
   * unit (a share's change of 0.06 is six percentage points).
   *
   * @param lower the interval's lower end, null for an indicator without a sampling interval (a
   *     total such as hidden FTE)
   * @param upper the interval's upper end, null exactly when {@code lower} is
   * @param significant whether the change is larger than chance as the caller judged it on the
   *     unrounded interval; null to judge it from {@code lower} and {@code upper}
   */
  public record Change(double difference, Double lower, Double upper, Boolean significant) {

    public Change {
      if ((lower == null) != (upper == null)) {
        throw new IllegalArgumentException("A change's interval needs both ends or neither");
      }
    }

    /** A change with its interval, larger than chance when the interval leaves out zero. */
    public Change(double difference, double lower, double upper) {
      this(difference, lower, upper, null);
    }

    /** Larger than chance: as the caller judged it, else when the interval leaves out zero. */
    public boolean largerThanChance() {
      if (significant != null) {
        return significant;
      }
      return lower != null && (lower > 0 || upper < 0);
    }

    /** Whether the change has a confidence interval. */
    public boolean hasInterval() {
      return lower != null;
    }
  }

  /**
   * How many respondents have a current and a desired position size in one band.
   *
   * @param label e.g. "1–49 %", "50–74 %", "75–99 %", "100 %"
   */
  public record PositionSizeBand(String label, int current, int desired) {}

  /**
   * The share of respondents giving one answer to K1 (1 Svært dårleg … 5 Svært godt).
   *
   * @param answer 1–5
   * @param unitShare the unit's share (0..1)
   * @param municipalityShare the municipality's share, null when not shown
   */
  public record CompetenceUseShare(int answer, double unitShare, Double municipalityShare) {}

  /**
   * The mean of one item on its 1–5 scale.
   *
   * @param itemId L1–L7
   * @param unitMean the unit's mean
   * @param municipalityMean the municipality's mean, null when not shown
   */
  public record ItemScore(String itemId, double unitMean, Double municipalityMean) {}

  /**
   * One comment, screened for names, phone numbers and e-mail addresses by the caller.
   *
   * @param module the module it was written in, e.g. HEILTID, KOMPETANSE, LEIING, NAERVAER
   * @param text the comment
   */
  public record Comment(String module, String text) {}
}
