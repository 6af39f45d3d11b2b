package no.saman.reports.format;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Every report's labels in one language, read from {@code reports/i18n/reports_*.properties}
 * without falling back to another language, so a missing label fails instead of mixing languages.
 */
public final class Labels {

  private static final String BASE_NAME = "reports.i18n.reports";

  private final ResourceBundle bundle;
  private final ReportLanguage language;

  private Labels(ResourceBundle bundle, ReportLanguage language) {
    this.bundle = bundle;
    this.language = language;
  }

  public static Labels of(ReportLanguage language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BASE_NAME,
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Labels(bundle, language);
  }

  public String get(String key) {
    return bundle.getString(key);
  }

  /** The label with {@code {0}}, {@code {1}} … filled in. */
  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), language.locale()).format(arguments);
  }

  /** The label of an indicator, e.g. "Del som ønskjer større stilling". */
  public String indicator(String id) {
    return get("indicator." + IndicatorFormat.byId(id).id());
  }

  /** The short label of an indicator for narrow table columns, e.g. "Ønskjer større". */
  public String indicatorShort(String id) {
    return get("indicator.short." + IndicatorFormat.byId(id).id());
  }

  /** "for få svar": what is printed in place of a suppressed figure. */
  public String suppressed() {
    return get("suppressed");
  }

  /** "–": what is printed where a figure does not exist. */
  public String notAvailable() {
    return get("notAvailable");
  }

  public String anonymityLegend(int threshold) {
    return format("anonymity.legend", threshold);
  }

  public ReportLanguage language() {
    return language;
  }

  /** The bundle itself, for the templates' {@code $R{…}} labels. */
  public ResourceBundle bundle() {
    return bundle;
  }
}
