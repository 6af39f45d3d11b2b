package no.saman.reports.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the one-page unit report shows, already anonymity-checked by the caller: when {@code
 * suppressed} is true, {@code responses}, {@code responseRate}, every value and the position-size
 * bands are null/empty and the report prints "for få svar" instead. {@code
 * no.saman.reports.ReportRenderer} refuses a suppressed model that still carries a unit figure, and
 * an unsuppressed one with fewer responses than the anonymity threshold.
 *
 * @param municipalityName e.g. "Fræna"
 * @param unitName e.g. "Institusjonstenesta"
 * @param roundTitle the round's title
 * @param wave the wave label, e.g. "2013-autumn"
 * @param suppressed whether the unit is below the anonymity threshold
 * @param responses number of responses, null when suppressed
 * @param responseRate responses / headcount (0..1), null when unknown or suppressed
 * @param indicators the key indicators, in display order
 * @param positionSizes current vs desired position size, counted per band, in display order
 * @param generatedOn the date printed as the generation date
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
    LocalDate generatedOn) {

  /**
   * One indicator of the unit beside its municipality.
   *
   * @param id indicator id: avg_position_size (percent, e.g. 58.51), wants_larger_share (share
   *     0..1, e.g. 0.42) or hidden_fte (full-time equivalents, e.g. 5.3)
   * @param unitValue the unit's value, null when suppressed
   * @param municipalityValue the whole municipality's value, null when it is suppressed
   */
  public record IndicatorRow(String id, Double unitValue, Double municipalityValue) {}

  /**
   * How many respondents have a current and a desired position size in one band.
   *
   * @param label e.g. "1–49 %", "50–74 %", "75–99 %", "100 %"
   */
  public record PositionSizeBand(String label, int current, int desired) {}
}
