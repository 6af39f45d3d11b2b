package no.saman.reports.table;

/**
 * One printed figure or text: the PDF and the CSV print {@code text}, the XLSX writes {@code
 * number} when there is one, so every format carries the same figure from one place.
 *
 * @param text what is printed, e.g. "58,51 %", "for få svar" or a name
 * @param number the model's value behind the text, null for text, suppressed and missing cells
 * @param numberFormat the spreadsheet format of {@code number}, e.g. {@code 0%}
 * @param kind whether the cell is a figure, a text, a suppressed or a missing figure
 * @param heat heat-map level from -2 (clearly worse) to 2 (clearly better), null for no colour
 * @param strong whether the cell is emphasised (a total or a significant change)
 */
public record Cell(
    String text, Double number, String numberFormat, Kind kind, Integer heat, boolean strong) {

  /** What a cell holds. */
  public enum Kind {
    FIGURE,
    TEXT,
    SUPPRESSED,
    MISSING
  }

  public static Cell figure(String text, double number, String numberFormat) {
    return new Cell(text, number, numberFormat, Kind.FIGURE, null, false);
  }

  public static Cell text(String text) {
    return new Cell(text, null, null, Kind.TEXT, null, false);
  }

  public static Cell suppressed(String text) {
    return new Cell(text, null, null, Kind.SUPPRESSED, null, false);
  }

  public static Cell missing(String text) {
    return new Cell(text, null, null, Kind.MISSING, null, false);
  }

  public Cell withHeat(Integer level) {
    return new Cell(text, number, numberFormat, kind, level, strong);
  }

  public Cell asStrong() {
    return new Cell(text, number, numberFormat, kind, heat, true);
  }
}
