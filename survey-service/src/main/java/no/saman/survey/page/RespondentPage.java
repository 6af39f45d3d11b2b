package no.saman.survey.page;

import java.util.Map;

/**
 * The HTML shell of the respondent page: no inline script or style, so that the strict
 * Content-Security-Policy holds; the script under {@code /assets/respondent/} renders the form.
 */
final class RespondentPage {

  private static final String TEMPLATE =
      """
      <!doctype html>
      <html lang="%1$s">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="referrer" content="no-referrer">
      <title>%2$s</title>
      <link rel="stylesheet" href="/assets/respondent/respondent.css">
      <script type="module" src="/assets/respondent/respondent.js"></script>
      </head>
      <body>
      <header class="topbar">
      <div class="wrap topbar-inner">
      <p class="brand" id="brand"></p>
      <nav class="languages" id="languages" aria-label="Språk / Language"></nav>
      </div>
      </header>
      <main id="main" class="wrap">
      <p class="loading" role="status">%3$s</p>
      <noscript><p class="notice">%4$s</p></noscript>
      </main>
      </body>
      </html>
      """;

  /** Title, loading text and the no-script notice in each language. */
  private static final Map<String, String[]> TEXTS =
      Map.of(
          "nn",
          new String[] {
            "Spørjeundersøking",
            "Lastar spørjeskjemaet …",
            "Spørjeskjemaet treng JavaScript. Slå det på i nettlesaren og last sida på nytt."
          },
          "nb",
          new String[] {
            "Spørreundersøkelse",
            "Laster spørreskjemaet …",
            "Spørreskjemaet trenger JavaScript. Slå det på i nettleseren og last siden på nytt."
          },
          "en",
          new String[] {
            "Survey",
            "Loading the questionnaire …",
            "The questionnaire needs JavaScript. Turn it on in your browser and reload the page."
          });

  private RespondentPage() {}

  static String html(String language) {
    String[] texts = TEXTS.get(language);
    return TEMPLATE.formatted(language, texts[0], texts[1], texts[2]);
  }
}
