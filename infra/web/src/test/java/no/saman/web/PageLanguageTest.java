package no.saman.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageLanguageTest {

  @Test
  void shouldPreferTheLanguageAskedForInTheLink() {
    assertThat(PageLanguage.choose("en", "nn-NO")).isEqualTo("en");
  }

  @Test
  void shouldFollowTheBrowsersFirstNorwegianOrEnglishChoice() {
    assertThat(PageLanguage.choose(null, "nn-NO,nb;q=0.8")).isEqualTo("nn");
    assertThat(PageLanguage.choose(null, "no,en;q=0.5")).isEqualTo("nb");
    assertThat(PageLanguage.choose(null, "de-DE,en-GB;q=0.7")).isEqualTo("en");
    assertThat(PageLanguage.choose("sv", "nb-NO")).isEqualTo("nb");
  }

  @Test
  void shouldFallBackToBokmalForAnUnknownOrMalformedHeader() {
    assertThat(PageLanguage.choose(null, null)).isEqualTo("nb");
    assertThat(PageLanguage.choose(null, "fr-FR")).isEqualTo("nb");
    assertThat(PageLanguage.choose(null, ";;;q=x")).isEqualTo("nb");
  }
}
