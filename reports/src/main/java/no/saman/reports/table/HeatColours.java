package no.saman.reports.table;

/**
 * The heat-map palette shared by the PDF and the XLSX: orange for worse, blue for better than the
 * reference, so that it reads for colour-blind readers too and the figures stay legible on it.
 */
public final class HeatColours {

  private static final String[] BY_LEVEL = {"#F4B183", "#FBE0CC", "#FFFFFF", "#D3E4F3", "#9DC3E6"};

  private HeatColours() {}

  /** The colour of a level from -2 (clearly worse) to 2 (clearly better). */
  public static String hex(int level) {
    if (level < -2 || level > 2) {
      throw new IllegalArgumentException("Heat level must be between -2 and 2: " + level);
    }
    return BY_LEVEL[level + 2];
  }
}
