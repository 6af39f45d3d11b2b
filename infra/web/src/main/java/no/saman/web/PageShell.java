package no.saman.web;

import java.util.List;

/**
 * The HTML shell of a page: no inline script or style, so that the strict Content-Security-Policy
 * holds; the shared stylesheet {@code /assets/web/base.css} comes first, then the page's own, and
 * its module script renders everything else. The texts are the page's own, in {@code language}.
 *
 * @param brand the top bar's text before the script runs (empty: the script fills it)
 * @param skipLink the "skip to content" text, null for a page without one
 * @param sessionBox whether the top bar has a place for the signed-in user
 */
public record PageShell(
    String language,
    String title,
    String brand,
    List<String> stylesheets,
    String script,
    String loading,
    String noScript,
    String skipLink,
    boolean sessionBox) {

  public static final String BASE_CSS = "/assets/web/base.css";

  public String html() {
    StringBuilder head = new StringBuilder();
    head.append("<link rel=\"stylesheet\" href=\"").append(BASE_CSS).append("\">\n");
    for (String sheet : stylesheets) {
      head.append("<link rel=\"stylesheet\" href=\"").append(attribute(sheet)).append("\">\n");
    }
    head.append("<script type=\"module\" src=\"")
        .append(attribute(script))
        .append("\"></script>\n");
    String skip =
        skipLink == null
            ? ""
            : "<a class=\"skip-link\" href=\"#main\">" + text(skipLink) + "</a>\n";
    String session = sessionBox ? "<div class=\"session\" id=\"session\"></div>\n" : "";
    String focusable = skipLink == null ? "" : " tabindex=\"-1\"";
    return """
        <!doctype html>
        <html lang="%s">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>%s</title>
        %s</head>
        <body>
        %s<header class="topbar">
        <div class="wrap topbar-inner">
        <p class="brand" id="brand">%s</p>
        %s<nav class="languages" id="languages" aria-label="Språk / Language"></nav>
        </div>
        </header>
        <main id="main" class="wrap"%s>
        <p class="loading" role="status">%s</p>
        <noscript><p class="notice">%s</p></noscript>
        </main>
        </body>
        </html>
        """
        .formatted(
            attribute(language),
            text(title),
            head,
            skip,
            text(brand),
            session,
            focusable,
            text(loading),
            text(noScript));
  }

  /** The shell's texts are the page's own constants, escaped all the same. */
  private static String text(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String attribute(String value) {
    return text(value).replace("\"", "&quot;");
  }
}
