package no.saman.infra.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Deque's axe-core accessibility engine for the browser tests, from its webjar (nothing comes from
 * a CDN): inject {@link #source()} into the page, then run {@link #RUN_WCAG_21_AA} as an
 * asynchronous script and read its answer with {@link #violations(Object)}, as {@link
 * HeadlessBrowser#accessibilityViolations()} does.
 */
public final class Axe {

  private static final String PATH = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

  /** Checks the whole document against the WCAG 2.0/2.1 A and AA rules; answers one line a rule. */
  public static final String RUN_WCAG_21_AA =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
        .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help
            + ' at ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))
            .join('\\n')))
        .catch(e => done('axe failed: ' + e));""";

  private static final String SOURCE = load();

  private Axe() {}

  public static String source() {
    return SOURCE;
  }

  /** The broken rules, one entry each with the elements they name; empty when none. */
  public static List<String> violations(Object answer) {
    String text = String.valueOf(answer);
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }

  private static String load() {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(PATH)) {
      if (in == null) {
        throw new IllegalStateException(PATH + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
