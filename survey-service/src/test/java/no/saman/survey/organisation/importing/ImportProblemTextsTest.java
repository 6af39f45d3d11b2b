package no.saman.survey.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console says every import problem in nynorsk, bokmål and English, with the placeholders the
 * service fills in: a problem without words would show the service's English inside a Norwegian
 * page.
 */
class ImportProblemTextsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  @Test
  void shouldHaveEveryProblemInEveryLanguageWithTheSamePlaceholders() throws IOException {
    String strings = consoleStrings();
    Map<String, String> blocks =
        Map.of(
            "nn", between(strings, "  nn: {", "\n  },\n};"),
            "nb", between(strings, "TEXTS.nb = {", "\n};"),
            "en", between(strings, "TEXTS.en = {", "\n};"));
    for (ImportProblem problem : ImportProblem.values()) {
      blocks.forEach(
          (language, block) -> {
            Matcher text =
                Pattern.compile("import_" + problem.key() + ": '([^']*)'").matcher(block);
            assertThat(text.find()).as("%s in %s", problem, language).isTrue();
            assertThat(placeholders(text.group(1)))
                .as("placeholders of %s in %s", problem, language)
                .isEqualTo(placeholders(problem.template()));
          });
    }
  }

  @Test
  void shouldFillTheEnglishTextAndKeepItsValues() {
    ImportResult.Rejected rejected =
        ImportProblem.DUPLICATE.at(4, "code", "code", "SJH", "other", 2);

    assertThat(rejected.error()).isEqualTo("duplicate: SJH is also on line 2");
    assertThat(rejected.problem()).isEqualTo("duplicate");
    assertThat(rejected.values())
        .containsExactly(Map.entry("code", "SJH"), Map.entry("other", "2"));
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    PLACEHOLDER.matcher(text).results().forEach(r -> names.add(r.group(1)));
    return names;
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    return text.substring(from, text.indexOf(end, from));
  }

  private static String consoleStrings() throws IOException {
    try (InputStream in =
        ImportProblemTextsTest.class.getResourceAsStream("/public/admin/strings.js")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
