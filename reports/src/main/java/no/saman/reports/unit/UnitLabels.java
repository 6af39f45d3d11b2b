package no.saman.reports.unit;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import no.saman.reports.format.ReportLanguage;

/**
 * The unit report's labels in one language, read from {@code reports/i18n/unit_*.properties}
 * without falling back to another language.
 */
final class UnitLabels {

  private static final String BASE_NAME = "reports.i18n.unit";

  private final ResourceBundle bundle;
  private final ReportLanguage language;

  private UnitLabels(ResourceBundle bundle, ReportLanguage language) {
    this.bundle = bundle;
    this.language = language;
  }

  static UnitLabels of(ReportLanguage language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BASE_NAME,
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new UnitLabels(bundle, language);
  }

  String get(String key) {
    return bundle.getString(key);
  }

  String indicator(String id) {
    return get("indicator." + id);
  }

  String anonymityLegend(int threshold) {
    return new MessageFormat(get("anonymity.legend"), language.locale())
        .format(new Object[] {threshold});
  }

  /** The bundle itself, for the template's {@code $R{…}} labels. */
  ResourceBundle bundle() {
    return bundle;
  }
}
