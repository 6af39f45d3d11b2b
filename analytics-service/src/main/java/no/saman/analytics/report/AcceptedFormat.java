package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Locale;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.ProblemException;
import no.saman.reports.ReportFormat;

/**
 * Whether a report file may answer a request's {@code Accept} header: no header, its own media
 * type, its type's wildcard or {@code *}{@code /*} (as browsers, curl, R's httr and Python's
 * requests send) with a quality above zero. A header that takes none of these gets 406.
 */
public final class AcceptedFormat {

  private AcceptedFormat() {}

  /**
   * @throws ProblemException 406 when the header accepts no file of the format
   */
  public static void require(@Nullable String accept, ReportFormat format) {
    if (!accepts(accept, format)) {
      String type = baseType(format.mediaType());
      throw new ProblemException(
          new Problem(
              "https://saman.no/problems/not-acceptable",
              "Not acceptable",
              406,
              "format="
                  + format.fileExtension()
                  + " is served as "
                  + type
                  + ", which the Accept header does not accept; accept "
                  + type
                  + " or */*, or ask for the format the header accepts.",
              null,
              List.of(new Problem.InvalidParam("Accept", "must accept " + type))));
    }
  }

  static boolean accepts(@Nullable String accept, ReportFormat format) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    String[] wanted = baseType(format.mediaType()).split("/");
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String media = parts[0].trim().toLowerCase(Locale.ROOT);
      if (media.equals("*")) {
        media = "*/*";
      }
      int slash = media.indexOf('/');
      if (slash < 0 || quality(parts) <= 0) {
        continue;
      }
      String type = media.substring(0, slash);
      String subtype = media.substring(slash + 1);
      boolean typeMatches = type.equals("*") || type.equals(wanted[0]);
      boolean subtypeMatches = subtype.equals("*") || subtype.equals(wanted[1]);
      if (typeMatches && subtypeMatches) {
        return true;
      }
    }
    return false;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2).trim());
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }

  private static String baseType(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim();
  }
}
