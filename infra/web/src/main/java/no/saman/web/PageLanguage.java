package no.saman.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the language a page shell starts in, before the page knows the municipality (whose målform
 * decides later): the one asked for, else the browser's, else bokmål.
 */
public final class PageLanguage {

  public static final List<String> SUPPORTED = List.of("nn", "nb", "en");
  private static final String FALLBACK = "nb";
  private static final Map<String, String> BROWSER_TAGS =
      Map.of("nn", "nn", "nb", "nb", "no", "nb", "en", "en");

  private PageLanguage() {}

  public static String choose(String requested, String acceptLanguage) {
    if (requested != null && SUPPORTED.contains(requested)) {
      return requested;
    }
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return FALLBACK;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        String primary = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
        String language = BROWSER_TAGS.get(primary);
        if (language != null && range.getWeight() > 0) {
          return language;
        }
      }
    } catch (IllegalArgumentException malformed) {
      return FALLBACK;
    }
    return FALLBACK;
  }
}
