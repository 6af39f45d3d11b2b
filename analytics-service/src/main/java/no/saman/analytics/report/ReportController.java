package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.Locale;
import no.saman.analytics.access.Scope;
import no.saman.analytics.results.DisclosedGroup;
import no.saman.analytics.results.RoundReader;
import no.saman.analytics.results.RoundResults;
import no.saman.reports.ReportFormat;
import no.saman.reports.ReportRenderer;

/** Serves a unit's report as a file: PDF with the position-size chart, or CSV. */
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReportController {

  private static final String PDF = "application/pdf";
  private static final String CSV = "text/csv; charset=UTF-8";

  private final RoundReader reader;
  private final RoundResults results;
  private final UnitReportModels models;
  private final ReportRenderer renderer;
  private final Scope scope;

  ReportController(
      RoundReader reader,
      RoundResults results,
      UnitReportModels models,
      ReportRenderer renderer,
      Scope scope) {
    this.reader = reader;
    this.results = results;
    this.models = models;
    this.renderer = renderer;
    this.scope = scope;
  }

  /**
   * @param format pdf (default) or csv
   * @param lang nn, nb or en; the municipality's language when absent
   */
  @Get("/unit{?round,unit,format,lang}")
  HttpResponse<byte[]> unitReport(
      Authentication who,
      @Nullable @QueryValue String round,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String lang) {
    UnitReportRequest request = UnitReportRequest.parse(round, unit, format, lang);
    scope.requireHrOf(who, reader.round(request.round()).municipality());
    DisclosedGroup group = results.group(request.round(), request.unit(), null);
    Locale language =
        request.language() == null ? UnitReportModels.defaultLanguage(group) : request.language();
    byte[] file = renderer.renderUnitReport(models.of(group), request.format(), language);
    boolean pdf = request.format() == ReportFormat.PDF;
    return HttpResponse.ok(file)
        .contentType(pdf ? PDF : CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + fileName(request, pdf ? "pdf" : "csv") + "\"");
  }

  private static String fileName(UnitReportRequest request, String extension) {
    String name = "unit-report-" + request.round() + "-" + request.unit();
    return name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension;
  }
}
