package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import no.saman.analytics.problem.ProblemException;
import no.saman.reports.ReportFormat;

/**
 * The checked parameters of a network comparison request.
 *
 * @param wave null for the latest wave any member ran
 * @param language null for bokmål
 */
record NetworkReportRequest(
    String network, @Nullable String wave, ReportFormat format, @Nullable Locale language) {

  /**
   * @throws ProblemException 400 naming each missing or invalid parameter
   */
  static NetworkReportRequest parse(
      @Nullable String network,
      @Nullable String wave,
      @Nullable String format,
      @Nullable String lang) {
    ReportParameters parameters = new ReportParameters();
    NetworkReportRequest request =
        new NetworkReportRequest(
            parameters.required(network, "network", "the network's id"),
            parameters.wave(wave),
            parameters.format(format),
            parameters.language(lang));
    parameters.check();
    return request;
  }
}
