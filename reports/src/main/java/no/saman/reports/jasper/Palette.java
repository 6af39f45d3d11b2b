package no.saman.reports.jasper;

import java.awt.Color;
import java.util.List;

/**
 * The reports' colours in one place: the navy of the titles for the group in focus, muted tones for
 * comparisons, and distinct hues for the lines of a trend.
 */
public final class Palette {

  public static final Color FOCUS = new Color(0x1F3A56);
  public static final Color LIGHT = new Color(0x9DB4CC);
  public static final Color REFERENCE = new Color(0xE07B39);
  public static final Color ALL = new Color(0x8C8C8C);
  public static final Color GRID = new Color(0xC8D0D8);
  public static final Color TEXT = new Color(0x222222);
  public static final Color MUTED_TEXT = new Color(0x5A6470);

  /** Up to four series side by side: the unit, its municipality, the same type, everyone. */
  public static final List<Color> SERIES = List.of(FOCUS, LIGHT, REFERENCE, ALL);

  /** Lines of a trend chart, one per municipality; colour-blind-safe (Okabe–Ito) first. */
  public static final List<Color> LINES =
      List.of(
          new Color(0x0072B2),
          new Color(0xD55E00),
          new Color(0x009E73),
          new Color(0xCC79A7),
          new Color(0xE69F00),
          new Color(0x56B4E9),
          new Color(0x6A3D9A),
          new Color(0xB15928),
          new Color(0x999933),
          new Color(0x882255));

  private Palette() {}

  /** The colour of a goal status name, grey when there is none. */
  public static Color status(String status) {
    return switch (status == null ? "" : status) {
      case "ON_TRACK" -> new Color(0x2E7DB5);
      case "REACHED" -> FOCUS;
      case "BEHIND" -> REFERENCE;
      default -> ALL;
    };
  }

  /** "#1F3A56" for a colour, as templates and chart properties take it. */
  public static String hex(Color colour) {
    return String.format("#%06X", colour.getRGB() & 0xFFFFFF);
  }
}
