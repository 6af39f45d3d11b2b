package no.saman.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageShellTest {

  @Test
  void shouldLoadTheSharedStylesFirstAndNoInlineScriptOrStyle() {
    String html =
        new PageShell(
                "nn",
                "Saman – konsoll",
                "Saman",
                List.of("/assets/admin/admin.css"),
                "/assets/admin/admin.js",
                "Lastar …",
                "Treng JavaScript.",
                "Hopp til innhaldet",
                true)
            .html();

    assertThat(html)
        .startsWith("<!doctype html>\n<html lang=\"nn\">")
        .contains("<title>Saman – konsoll</title>")
        .containsSubsequence(
            "href=\"/assets/web/base.css\"",
            "href=\"/assets/admin/admin.css\"",
            "<script type=\"module\" src=\"/assets/admin/admin.js\"></script>")
        .contains("<a class=\"skip-link\" href=\"#main\">Hopp til innhaldet</a>")
        .contains("<div class=\"session\" id=\"session\"></div>")
        .contains("<main id=\"main\" class=\"wrap\" tabindex=\"-1\">")
        .doesNotContain("<style", "style=", "<script>", "onclick");
  }

  @Test
  void shouldLeaveOutTheSkipLinkAndSessionWhenThePageHasNone() {
    String html =
        new PageShell(
                "en", "Survey", "", List.of(), "/assets/x.js", "Loading", "No JS", null, false)
            .html();

    assertThat(html)
        .doesNotContain("skip-link", "id=\"session\"", "tabindex")
        .contains("<p class=\"brand\" id=\"brand\"></p>");
  }

  @Test
  void shouldEscapeItsTexts() {
    String html =
        new PageShell("en", "A <b> & c", "", List.of(), "/a.js", "", "", null, false).html();

    assertThat(html).contains("<title>A &lt;b&gt; &amp; c</title>");
  }
}
