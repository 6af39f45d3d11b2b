package no.saman.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.saman.reports.ReportExamples;
import no.saman.reports.Xlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderReportCliTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path directory;

  @Test
  void shouldWriteTheUnitPdfByDefault() throws Exception {
    Path pdf = directory.resolve("out/unit.pdf");

    int status = run(ReportExamples.INSTITUSJONSTENESTA.toString(), pdf.toString());

    assertThat(status).isZero();
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote", "unit.pdf");
  }

  @Test
  void shouldWriteTheMunicipalityReportAsCsvInTheChosenLanguage() throws Exception {
    Path csv = directory.resolve("fraena.csv");

    int status =
        run(
            ReportExamples.FRAENA.toString(),
            csv.toString(),
            "--kind",
            "municipality",
            "--format",
            "csv",
            "--locale",
            "en");

    assertThat(status).isZero();
    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .contains("Municipality;Wave;Table;Row;Column;id;Value")
        .contains(
            "The units side by side;Institusjonstenesta;Average position size;"
                + "avg_position_size;58.51%");
  }

  @Test
  void shouldWriteTheNetworkComparisonAsXlsx() throws Exception {
    Path xlsx = directory.resolve("nord-vest.xlsx");

    int status =
        run(
            ReportExamples.NORD_VEST.toString(),
            xlsx.toString(),
            "--kind",
            "network",
            "--format",
            "xlsx");

    assertThat(status).isZero();
    assertThat(Xlsx.read(Files.readAllBytes(xlsx)).sheetNames()).contains("Kommunane side om side");
  }

  @Test
  void shouldExplainUsageForBadArguments() {
    assertThat(run("model.json")).isEqualTo(2);
    assertThat(run("model.json", "out.pdf", "--format", "docx")).isEqualTo(2);
    assertThat(run("model.json", "out.pdf", "--locale", "de")).isEqualTo(2);
    assertThat(run("model.json", "out.pdf", "--kind", "county")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Usage: RenderReportCli", "unit|municipality|network");
  }

  @Test
  void shouldFailClearlyForAMissingModelFileOrAModelOfAnotherKind() {
    assertThat(run(directory.resolve("missing.json").toString(), "out.pdf")).isEqualTo(1);
    assertThat(run(ReportExamples.FRAENA.toString(), directory.resolve("x.pdf").toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Could not render", "missing.json");
  }

  private int run(String... args) {
    return RenderReportCli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        ReportExamples::renderer);
  }
}
