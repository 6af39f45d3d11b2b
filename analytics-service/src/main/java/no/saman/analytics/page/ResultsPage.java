package no.saman.analytics.page;

import java.util.Map;

/**
 * The HTML shell of the results page: no inline script or style, so that the strict
 * Content-Security-Policy holds; the modules under {@code /assets/results/} render everything.
 */
final class ResultsPage {

  private static final String TEMPLATE =
      """
      <!doctype html>
      <html lang="%1$s">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="referrer" content="no-referrer">
      <title>%2$s</title>
      <link rel="stylesheet" href="/assets/results/results.css">
      <script type="module" src="/assets/results/results.js"></script>
      </head>
      <body>
      <a class="skip-link" href="#main">%5$s</a>
      <header class="topbar">
      <div class="wrap topbar-inner">
      <p class="brand" id="brand">%2$s</p>
      <div class="session" id="session"></div>
      <nav class="languages" id="languages" aria-label="Språk / Language"></nav>
      </div>
      </header>
      <main id="main" class="wrap" tabindex="-1">
      <p class="loading" role="status">%3$s</p>
      <noscript><p class="notice">%4$s</p></noscript>
      </main>
      </body>
      </html>
      """;

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
    return TEMPLATE.formatted(language, texts[0], texts[1], texts[2], texts[3]);
  }
}
