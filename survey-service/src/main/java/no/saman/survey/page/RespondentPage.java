package no.saman.survey.page;

import java.util.List;
import java.util.Map;
import no.saman.web.PageShell;

/**
 * The shell of the respondent page; the script under {@code /assets/respondent/} renders the form.
 */
final class RespondentPage {

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
    return new PageShell(
            language,
            texts[0],
            "",
            List.of("/assets/respondent/questions.css", "/assets/respondent/respondent.css"),
            "/assets/respondent/respondent.js",
            texts[1],
            texts[2],
            null,
            false)
        .html();
  }
}
