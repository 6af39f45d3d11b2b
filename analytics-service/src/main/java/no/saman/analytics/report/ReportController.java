package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import no.saman.analytics.access.Scope;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.results.RoundReader;
import no.saman.analytics.results.RoundResults;
import no.saman.analytics.results.RoundResults.UnitInMunicipality;
import no.saman.reports.ReportRenderer;
import no.saman.reports.municipality.MunicipalityReportModel;
import no.saman.reports.network.NetworkReportModel;

/**
 * Serves the reports as files in PDF, XLSX or CSV: a unit's and a municipality's for its HR, a
 * network's comparison for its leader. Parameters are checked first (400 naming each bad one), then
 * the caller's scope (403), then whether the subject exists (404). The file's type must be one the
 * {@code Accept} header takes (406 otherwise); no header takes any.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/reports")
// Any Accept reaches the methods, which answer it for the format asked (the router would refuse
// type wildcards such as application/*); the files are PDF, XLSX or CSV.
@Produces(MediaType.ALL)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReportController {

  private final RoundReader reader;
  private final RoundResults results;
  private final UnitReportModels unitModels;
  private final MunicipalityReportModels municipalityModels;
  private final NetworkReportModels networkModels;
  private final ReportRenderer renderer;
  private final Scope scope;
  private final Clock clock;

  ReportController(
      RoundReader reader,
      RoundResults results,
      UnitReportModels unitModels,
      MunicipalityReportModels municipalityModels,
      NetworkReportModels networkModels,
      ReportRenderer renderer,
      Scope scope,
      Clock clock) {
    this.reader = reader;
    this.results = results;
    this.unitModels = unitModels;
    this.municipalityModels = municipalityModels;
    this.networkModels = networkModels;
    this.renderer = renderer;
    this.scope = scope;
    this.clock = clock;
  }

  /**
   * @param format pdf (default), xlsx or csv
   * @param lang nn, nb or en; the municipality's målform when absent
   * @param outcome the drivers section's outcome: K1 (competence use, the default), N6 (staying) or
   *     wants_larger (wanting a larger position)
   * @param need full-time equivalents needed, above 0: the recruitment scenario then shows how much
   *     of it the staff's wishes cover; without it, the hidden reserve only
   */
  @Get("/unit{?round,unit,format,lang,outcome,need}")
  HttpResponse<byte[]> unitReport(
      Authentication who,
      @Nullable @Header(HttpHeaders.ACCEPT) String accept,
      @Nullable @QueryValue String round,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String lang,
      @Nullable @QueryValue String outcome,
      @Nullable @QueryValue String need) {
    UnitReportRequest request = UnitReportRequest.parse(round, unit, format, lang, outcome, need);
    AcceptedFormat.require(accept, request.format());
    scope.requireHrOf(who, reader.round(request.round()).municipality());
    UnitInMunicipality groups = results.unitInMunicipality(request.round(), request.unit());
    Locale language = DefaultLanguage.or(request.language(), groups.unit().named());
    byte[] file =
        renderer.renderUnitReport(
            unitModels.of(groups, today(), request.outcome(), request.need()),
            request.format(),
            language);
    return ReportFile.of(file, request.format(), request.fileName());
  }

  /**
   * @param municipality the kommunenummer
   * @param wave the wave; the municipality's latest when absent
   * @param outcome the drivers section's outcome: K1 (the default), N6 or wants_larger
   * @param need full-time equivalents needed, above 0, for the recruitment scenario; without it,
   *     the hidden reserve only
   */
  @Get("/municipality{?municipality,wave,format,lang,outcome,need}")
  HttpResponse<byte[]> municipalityReport(
      Authentication who,
      @Nullable @Header(HttpHeaders.ACCEPT) String accept,
      @Nullable @QueryValue String municipality,
      @Nullable @QueryValue String wave,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String lang,
      @Nullable @QueryValue String outcome,
      @Nullable @QueryValue String need) {
    MunicipalityReportRequest request =
        MunicipalityReportRequest.parse(municipality, wave, format, lang, outcome, need);
    AcceptedFormat.require(accept, request.format());
    scope.requireHrOf(who, request.municipality());
    MunicipalityReportModels.Built built =
        municipalityModels.of(
            request.municipality(), request.wave(), today(), request.outcome(), request.need());
    MunicipalityReportModel model = built.model();
    Locale language = DefaultLanguage.or(request.language(), built.municipality().named());
    byte[] file = renderer.renderMunicipalityReport(model, request.format(), language);
    return ReportFile.of(
        file,
        request.format(),
        ReportFile.name("municipality-report", model.municipalityCode(), model.wave()));
  }

  /**
   * @param network the network's id
   * @param wave the wave; the latest any member ran when absent
   * @param lang nn, nb or en; bokmål when absent
   */
  @Get("/network{?network,wave,format,lang}")
  HttpResponse<byte[]> networkReport(
      Authentication who,
      @Nullable @Header(HttpHeaders.ACCEPT) String accept,
      @Nullable @QueryValue String network,
      @Nullable @QueryValue String wave,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String lang) {
    NetworkReportRequest request = NetworkReportRequest.parse(network, wave, format, lang);
    AcceptedFormat.require(accept, request.format());
    scope.requireLeaderOf(who, request.network());
    NetworkReportModel model = networkModels.of(request.network(), request.wave(), today());
    Locale language = request.language() == null ? DefaultLanguage.BOKMAL : request.language();
    byte[] file = renderer.renderNetworkReport(model, request.format(), language);
    return ReportFile.of(
        file, request.format(), ReportFile.name("network-report", request.network(), model.wave()));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
