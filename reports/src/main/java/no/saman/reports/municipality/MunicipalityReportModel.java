package no.saman.reports.municipality;

import java.time.LocalDate;
import java.util.List;
import no.saman.reports.action.DriverFigures;
import no.saman.reports.action.RecruitmentFigures;
import no.saman.reports.group.GroupFigures;
import no.saman.reports.group.WaveFigures;

/**
 * Everything the municipality report shows, already anonymity-checked by the caller: its units side
 * by side on the key indicators, the municipality as a whole, and its trend over the waves. A
 * suppressed unit carries no figure and prints "for få svar"; when the total is shown, a single
 * suppressed unit is refused, since it could be recovered by subtracting the others (domain §6).
 *
 * @param municipalityName e.g. "Fræna"
 * @param municipalityCode the kommunenummer, e.g. "1548"
 * @param roundTitle the round's title
 * @param wave the wave label, e.g. "2013-autumn"
 * @param indicatorIds the key indicators, the table's columns in order (e.g. avg_position_size)
 * @param total the municipality as a whole in this wave
 * @param units the units in display order, e.g. Institusjonstenesta, Heimebaserte tenester
 * @param trend the municipality's figures per wave, oldest first, including this wave
 * @param generatedOn the date printed as the generation date
 * @param drivers the municipality's drivers of competence use (K1), null when withheld
 * @param recruitment the municipality's KS recruitment scenario, null when withheld
 */
public record MunicipalityReportModel(
    String municipalityName,
    String municipalityCode,
    String roundTitle,
    String wave,
    List<String> indicatorIds,
    GroupFigures total,
    List<GroupFigures> units,
    List<WaveFigures> trend,
    LocalDate generatedOn,
    DriverFigures drivers,
    RecruitmentFigures recruitment) {

  /** A model without the drivers and recruitment sections. */
  public MunicipalityReportModel(
      String municipalityName,
      String municipalityCode,
      String roundTitle,
      String wave,
      List<String> indicatorIds,
      GroupFigures total,
      List<GroupFigures> units,
      List<WaveFigures> trend,
      LocalDate generatedOn) {
    this(
        municipalityName,
        municipalityCode,
        roundTitle,
        wave,
        indicatorIds,
        total,
        units,
        trend,
        generatedOn,
        null,
        null);
  }

  public MunicipalityReportModel {
    trend = trend == null ? List.of() : trend;
  }
}
