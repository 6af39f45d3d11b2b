package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import no.saman.analytics.organisation.Municipality;

/** The language a report is written in when the request names none. */
final class DefaultLanguage {

  static final Locale BOKMAL = Locale.forLanguageTag("nb");
  static final Locale NYNORSK = Locale.forLanguageTag("nn");

  private DefaultLanguage() {}

  /** The municipality's målform: nynorsk or bokmål; neutral and unknown give bokmål. */
  static Locale of(@Nullable Municipality municipality) {
    return municipality != null && "nn".equals(municipality.language()) ? NYNORSK : BOKMAL;
  }

  static Locale or(@Nullable Locale asked, @Nullable Municipality municipality) {
    return asked != null ? asked : of(municipality);
  }
}
