package no.saman.analytics.report;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import no.saman.reports.ReportFormat;

/**
 * A rendered report as a download: its media type, and a file name that is safe in any header and
 * on any file system (ASCII letters, digits, dot, dash and underscore only).
 */
final class ReportFile {

  private static final int LONGEST_NAME = 120;

  private ReportFile() {}

  /** The name without extension from its parts, e.g. {@code unit-report-r1-1548-HEIM}. */
  static String name(String kind, String... parts) {
    StringBuilder name = new StringBuilder(kind);
    for (String part : parts) {
      name.append('-').append(part);
    }
    String safe = name.toString().replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "_");
    return safe.length() > LONGEST_NAME ? safe.substring(0, LONGEST_NAME) : safe;
  }

  static HttpResponse<byte[]> of(byte[] report, ReportFormat format, String name) {
    return HttpResponse.ok(report)
        .contentType(format.mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + name + "." + format.fileExtension() + "\"");
  }
}
