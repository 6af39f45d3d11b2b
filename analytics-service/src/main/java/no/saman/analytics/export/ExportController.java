package no.saman.analytics.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.saman.analytics.access.Scope;
import no.saman.analytics.organisation.Network;
import no.saman.analytics.organisation.NetworkStore;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.report.AcceptedFormat;
import no.saman.analytics.results.RoundReader;
import no.saman.analytics.round.SurveyRound;
import no.saman.reports.ReportFormat;

/**
 * Private microdata: a round's for HR of its municipality and admins, a network's wave (at
 * municipality level) for its leader and admins — one k-anonymous row per response (domain §6),
 * streamed as CSV or written as a workbook, with its codebook.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ExportController {

  private final RoundReader reader;
  private final ExportSource source;
  private final NetworkStore networks;
  private final Scope scope;

  ExportController(RoundReader reader, ExportSource source, NetworkStore networks, Scope scope) {
    this.reader = reader;
    this.source = source;
    this.networks = networks;
    this.scope = scope;
  }

  /**
   * @param id the round
   * @param format csv (default) or xlsx
   */
  @Get(
      uri = "/rounds/{id}/export{?format}",
      produces = {"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  HttpResponse<StreamedFile> export(
      Authentication who,
      @Nullable @Header(HttpHeaders.ACCEPT) String accept,
      @PathVariable String id,
      @Nullable @QueryValue String format) {
    ReportFormat chosen = format(format, null, false);
    AcceptedFormat.require(accept, chosen);
    SurveyRound round = reader.round(id);
    scope.requireHrOf(who, round.municipality());
    return file(source.open(round), chosen, "export-" + round.id());
  }

  /**
   * A network's wave for its leader, at municipality level only.
   *
   * @param id the network
   * @param wave the wave, e.g. 2013-autumn
   * @param format csv (default) or xlsx
   */
  @Get(
      uri = "/networks/{id}/export{?wave,format}",
      produces = {"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  HttpResponse<StreamedFile> networkExport(
      Authentication who,
      @Nullable @Header(HttpHeaders.ACCEPT) String accept,
      @PathVariable String id,
      @Nullable @QueryValue String wave,
      @Nullable @QueryValue String format) {
    ReportFormat chosen = format(format, wave, true);
    AcceptedFormat.require(accept, chosen);
    scope.requireLeaderOf(who, id);
    Network network = network(id);
    ExportSource.Export export = source.open(network, wave);
    return file(export, chosen, "export-" + network.id() + "-" + wave);
  }

  /**
   * What each column of a network's wave export means.
   *
   * @param id the network
   * @param wave the wave
   */
  @Get("/networks/{id}/export/codebook{?wave}")
  Codebook networkCodebook(
      Authentication who, @PathVariable String id, @Nullable @QueryValue String wave) {
    format(null, wave, true);
    scope.requireLeaderOf(who, id);
    return source.codebook(network(id), wave);
  }

  /** What each column of the round's export means. */
  @Get("/rounds/{id}/export/codebook")
  Codebook codebook(Authentication who, @PathVariable String id) {
    SurveyRound round = reader.round(id);
    scope.requireHrOf(who, round.municipality());
    return source.codebook(round);
  }

  /** The format asked for; with {@code needsWave}, also that a wave is named. */
  private static ReportFormat format(String format, String wave, boolean needsWave) {
    List<Problem.InvalidParam> errors = new ArrayList<>();
    if (needsWave && (wave == null || wave.isBlank())) {
      errors.add(new Problem.InvalidParam("wave", "must name the wave, e.g. 2013-autumn"));
    }
    ReportFormat chosen = null;
    if (format == null || format.equals("csv")) {
      chosen = ReportFormat.CSV;
    } else if (format.equals("xlsx")) {
      chosen = ReportFormat.XLSX;
    } else {
      errors.add(new Problem.InvalidParam("format", "must be csv or xlsx"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidParameters(errors);
    }
    return chosen;
  }

  private Network network(String id) {
    return networks
        .find(id)
        .orElseThrow(() -> ProblemException.notFound("There is no network " + id + "."));
  }

  private static HttpResponse<StreamedFile> file(
      ExportSource.Export export, ReportFormat format, String stem) {
    InputStream body =
        format == ReportFormat.CSV
            ? new CsvStream(export.codebook().columns(), export.rows())
            : workbook(export);
    String name = stem + "." + format.fileExtension();
    return HttpResponse.ok(new StreamedFile(body, MediaType.of(format.mediaType())).attach(name));
  }

  private static InputStream workbook(ExportSource.Export export) {
    try {
      Path file = XlsxFile.write(export.codebook(), export.rows());
      return new FileInputStream(file.toFile()) {
        @Override
        public void close() throws IOException {
          super.close();
          Files.deleteIfExists(file);
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
