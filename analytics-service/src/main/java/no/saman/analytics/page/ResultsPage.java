package no.saman.analytics.page;

import java.util.List;
import java.util.Map;
import no.saman.web.PageShell;

/** The shell of the results page; the modules under {@code /assets/results/} render everything. */
final class ResultsPage {

  /** Title, loading text, the no-script notice and the skip link in each language. */
  private static final Map<String, String[]> TEXTS =
      Map.of(
          "nn",
          new String[] {
            "Saman – resultat",
            "Lastar …",
            "Resultatsida treng JavaScript. Slå det på i nettlesaren og last sida på nytt.",
            "Hopp til innhaldet"
          },
          "nb",
          new String[] {
            "Saman – resultater",
            "Laster …",
            "Resultatsiden trenger JavaScript. Slå det på i nettleseren og last siden på nytt.",
            "Hopp til innholdet"
          },
          "en",
          new String[] {
            "Saman – results",
            "Loading …",
            "The results page needs JavaScript. Turn it on in your browser and reload the page.",
            "Skip to content"
          });

  private ResultsPage() {}

  static String html(String language) {
    String[] texts = TEXTS.get(language);
    return new PageShell(
            language,
            texts[0],
            texts[0],
            List.of("/assets/results/results.css"),
            "/assets/results/results.js",
            texts[1],
            texts[2],
            texts[3],
            true)
        .html();
  }
}
