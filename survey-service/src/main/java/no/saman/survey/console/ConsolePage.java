package no.saman.survey.console;

import java.util.List;
import java.util.Map;
import no.saman.web.PageShell;

/** The shell of the HR console; the modules under {@code /assets/admin/} render everything. */
final class ConsolePage {

  /** Title, loading text, the no-script notice and the skip link in each language. */
  private static final Map<String, String[]> TEXTS =
      Map.of(
          "nn",
          new String[] {
            "Saman – konsoll for HR",
            "Lastar …",
            "Konsollen treng JavaScript. Slå det på i nettlesaren og last sida på nytt.",
            "Hopp til innhaldet"
          },
          "nb",
          new String[] {
            "Saman – konsoll for HR",
            "Laster …",
            "Konsollen trenger JavaScript. Slå det på i nettleseren og last siden på nytt.",
            "Hopp til innholdet"
          },
          "en",
          new String[] {
            "Saman – HR console",
            "Loading …",
            "The console needs JavaScript. Turn it on in your browser and reload the page.",
            "Skip to content"
          });

  private ConsolePage() {}

  static String html(String language) {
    String[] texts = TEXTS.get(language);
    return new PageShell(
            language,
            texts[0],
            texts[0],
            List.of("/assets/respondent/questions.css", "/assets/admin/admin.css"),
            "/assets/admin/admin.js",
            texts[1],
            texts[2],
            texts[3],
            true)
        .html();
  }
}
