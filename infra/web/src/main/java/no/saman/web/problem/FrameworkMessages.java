package no.saman.web.problem;

import java.util.regex.Pattern;

/**
 * Makes the framework's own error messages fit for a client: they name Java classes, packages and
 * libraries, which a problem answer must never show.
 */
public final class FrameworkMessages {

  /** What a framework message must not show a client: class, package and library names. */
  private static final Pattern INTERNAL =
      Pattern.compile(
          "no\\.saman|java\\.|javax\\.|jakarta\\.|io\\.micronaut|com\\.fasterxml|Exception|\\$"
              + "|\\bclass\\b|Argument|\\[[A-Z][A-Za-z]+ [a-z][A-Za-z]*\\]");

  private FrameworkMessages() {}

  /** {@code message} when it shows nothing internal, else a plain "is not valid". */
  public static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "is not valid";
    }
    if (message.startsWith("Required Body")) {
      return "a JSON body is required";
    }
    return INTERNAL.matcher(message).find() ? "is not valid" : message;
  }

  /** The last segment of a parameter path: {@code /code} or {@code put.code} → {@code code}. */
  public static String parameterName(String path) {
    String[] segments = path.split("[/.]");
    return segments.length == 0 ? path : segments[segments.length - 1];
  }
}
