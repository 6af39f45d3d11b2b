package no.saman.reports.format;

import java.util.Locale;
import java.util.Objects;

/**
 * The languages reports are written in, so that an unsupported locale fails loudly instead of
 * silently falling back to another language.
 */
public enum ReportLanguage {
  NYNORSK("nn", ',', " %"),
  BOKMAL("nb", ',', " %"),
  ENGLISH("en", '.', "%");

  private final Locale locale;
  private final char decimalSeparator;
  private final String percentSuffix;

  ReportLanguage(String tag, char decimalSeparator, String percentSuffix) {
    this.locale = Locale.forLanguageTag(tag);
    this.decimalSeparator = decimalSeparator;
    this.percentSuffix = percentSuffix;
  }

  /**
   * The report language for a locale: {@code nn}, {@code nb} (or the generic {@code no}) and {@code
   * en}; country and variant are ignored.
   *
   * @throws IllegalArgumentException for any other language
   */
  public static ReportLanguage of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return switch (locale.getLanguage()) {
      case "nn" -> NYNORSK;
      case "nb", "no" -> BOKMAL;
      case "en" -> ENGLISH;
      default ->
          throw new IllegalArgumentException(
              "Unsupported report locale '" + locale.toLanguageTag() + "'; use nn, nb or en");
    };
  }

  /** The locale that resource bundles and dates are looked up with. */
  public Locale locale() {
    return locale;
  }

  char decimalSeparator() {
    return decimalSeparator;
  }

  String percentSuffix() {
    return percentSuffix;
  }
}
