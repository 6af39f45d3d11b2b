package no.saman.infra.demo;

import java.util.List;

/**
 * The demo's municipalities, their units and how each unit answers in each wave. Fræna's 2013
 * figures are the published ones (domain.md); the other municipalities and the 2012 wave are made
 * up to give the network comparison and the trends something to show. Aukra's two small units stay
 * below the anonymity threshold (k = 5) in both waves, together large enough that neither can be
 * recovered from the sector's total.
 */
public final class DemoOrganisation {

  public static final String EARLIER_WAVE = "2012-autumn";
  public static final String WAVE = "2013-autumn";

  /**
   * How a unit answers in one wave.
   *
   * @param seed makes the answers the same on every run
   * @param sizes typical position sizes to draw from
   * @param n respondents
   * @param sumOfH1 total of their current position sizes
   * @param wantingLarger how many want a larger position
   * @param climate −1 (poor) … +1 (good): shifts competence use and leadership answers
   */
  public record Draw(
      long seed, int[] sizes, int n, int sumOfH1, int wantingLarger, double climate) {}

  /**
   * @param parent the parent unit's code, null at the top
   * @param earlier the answers in {@link #EARLIER_WAVE}, null for none
   * @param current the answers in {@link #WAVE}, null for none (a grouping unit)
   */
  public record Unit(
      String code,
      String name,
      String parent,
      int headcount,
      String type,
      Draw earlier,
      Draw current) {

    Draw in(String wave) {
      return WAVE.equals(wave) ? current : earlier;
    }
  }

  public record Municipality(
      String code, String name, String county, String language, List<Unit> units) {

    int responses(String wave) {
      return units.stream().map(u -> u.in(wave)).mapToInt(d -> d == null ? 0 : d.n()).sum();
    }
  }

  private static final int[] INSTITUTION = DemoAnswers.INSTITUTION_SIZES;
  private static final int[] HOME = DemoAnswers.HOME_SERVICE_SIZES;

  static final Municipality FRAENA =
      new Municipality(
          DemoData.MUNICIPALITY,
          "Fræna",
          "Møre og Romsdal",
          "nn",
          List.of(
              new Unit(DemoData.SECTOR, "Helse og omsorg", null, 0, "anna", null, null),
              new Unit(
                  DemoData.INSTITUTIONS,
                  "Institusjonstenesta",
                  DemoData.SECTOR,
                  90,
                  "sjukeheim",
                  new Draw(1548_11, INSTITUTION, 50, 2780, 25, -0.4),
                  new Draw(
                      1548_01,
                      INSTITUTION,
                      DemoData.INSTITUTIONS_N,
                      DemoData.INSTITUTIONS_SUM_H1,
                      DemoData.INSTITUTIONS_WANTING,
                      -0.1)),
              new Unit(
                  DemoData.HOME_SERVICES,
                  "Heimebaserte tenester",
                  DemoData.SECTOR,
                  100,
                  "heimeteneste",
                  new Draw(1548_12, HOME, 55, 4400, 26, 0.1),
                  new Draw(
                      1548_02,
                      HOME,
                      DemoData.HOME_SERVICES_N,
                      DemoData.HOME_SERVICES_SUM_H1,
                      DemoData.HOME_SERVICES_WANTING,
                      0.3))));

  static final Municipality AUKRA =
      new Municipality(
          "1547",
          "Aukra",
          "Møre og Romsdal",
          "nn",
          List.of(
              new Unit("1547-PLO", "Pleie og omsorg", null, 0, "anna", null, null),
              new Unit(
                  "1547-PLO-INST",
                  "Aukra sjukeheim",
                  "1547-PLO",
                  40,
                  "sjukeheim",
                  new Draw(1547_11, INSTITUTION, 22, 1320, 11, -0.2),
                  new Draw(1547_01, INSTITUTION, 28, 1736, 11, 0.0)),
              new Unit(
                  "1547-PLO-HEIM",
                  "Heimetenesta",
                  "1547-PLO",
                  35,
                  "heimeteneste",
                  new Draw(1547_12, HOME, 16, 1216, 7, 0.2),
                  new Draw(1547_02, HOME, 22, 1716, 8, 0.4)),
              new Unit(
                  DemoData.SUPPRESSED_UNIT,
                  "Bufellesskapet",
                  "1547-PLO",
                  8,
                  "bufellesskap",
                  new Draw(1547_13, INSTITUTION, 3, 150, 2, 0.0),
                  new Draw(1547_03, INSTITUTION, 3, 150, 2, 0.0)),
              new Unit(
                  "1547-PLO-DAG",
                  "Dagsenteret",
                  "1547-PLO",
                  9,
                  "dagtilbod",
                  new Draw(1547_14, HOME, 3, 165, 2, 0.3),
                  new Draw(1547_04, HOME, 4, 220, 2, 0.3))));

  static final Municipality MOLDE =
      new Municipality(
          "1502",
          "Molde",
          "Møre og Romsdal",
          "nb",
          List.of(
              new Unit("1502-HO", "Helse og omsorg", null, 0, "anna", null, null),
              new Unit(
                  "1502-HO-SJH",
                  "Sykehjemmene",
                  "1502-HO",
                  120,
                  "sjukeheim",
                  new Draw(1502_11, INSTITUTION, 70, 4550, 32, -0.3),
                  new Draw(1502_01, INSTITUTION, 80, 5440, 30, 0.1)),
              new Unit(
                  "1502-HO-HJEM",
                  "Hjemmetjenesten",
                  "1502-HO",
                  110,
                  "heimeteneste",
                  new Draw(1502_12, HOME, 60, 4800, 20, 0.2),
                  new Draw(1502_02, HOME, 70, 5740, 20, 0.5))));

  static final Municipality EIDE =
      new Municipality(
          "1551",
          "Eide",
          "Møre og Romsdal",
          "nn",
          List.of(
              new Unit(
                  "1551-PLO",
                  "Pleie og omsorg",
                  null,
                  60,
                  "sjukeheim",
                  new Draw(1551_11, INSTITUTION, 33, 2112, 15, -0.1),
                  new Draw(1551_01, INSTITUTION, 38, 2508, 15, 0.2))));

  /** Fræna first: the stack's printed examples use it. */
  public static final List<Municipality> ALL = List.of(FRAENA, AUKRA, MOLDE, EIDE);

  private DemoOrganisation() {}

  /** How many responses the whole demo submits. */
  static int totalResponses() {
    return ALL.stream().mapToInt(m -> m.responses(EARLIER_WAVE) + m.responses(WAVE)).sum();
  }
}
