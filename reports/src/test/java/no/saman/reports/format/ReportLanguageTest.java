package no.saman.reports.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportLanguageTest {

  @Test
  void shouldKnowNynorskBokmalAndEnglishWhateverTheCountry() {
    assertThat(ReportLanguage.of(Locale.forLanguageTag("nn"))).isEqualTo(ReportLanguage.NYNORSK);
    assertThat(ReportLanguage.of(Locale.forLanguageTag("nn-NO"))).isEqualTo(ReportLanguage.NYNORSK);
    assertThat(ReportLanguage.of(Locale.forLanguageTag("nb-NO"))).isEqualTo(ReportLanguage.BOKMAL);
    assertThat(ReportLanguage.of(Locale.forLanguageTag("en-GB"))).isEqualTo(ReportLanguage.ENGLISH);
  }

  @Test
  void shouldReadGenericNorwegianAsBokmal() {
    assertThat(ReportLanguage.of(Locale.forLanguageTag("no"))).isEqualTo(ReportLanguage.BOKMAL);
  }

  @Test
  void shouldRefuseOtherLanguagesInsteadOfFallingBack() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportLanguage.of(Locale.forLanguageTag("sv")))
        .withMessageContaining("'sv'");
  }
}
