package no.saman.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.saman.reports.UnitReportExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderReportCliTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path directory;

  @Test
  void shouldWriteThePdfOfTheExampleModel() throws Exception {
    Path pdf = directory.resolve("out/unit.pdf");

    int status = run(UnitReportExamples.INSTITUSJONSTENESTA.toString(), pdf.toString());

    assertThat(status).isZero();
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote", "unit.pdf");
  }

  @Test
  void shouldWriteCsvInTheChosenLanguage() throws Exception {
    Path csv = directory.resolve("unit.csv");

    int status =
        run(
            UnitReportExamples.INSTITUSJONSTENESTA.toString(),
            csv.toString(),
            "--format",
            "csv",
            "--locale",
            "en");

    assertThat(status).isZero();
    assertThat(Files.readString(csv, StandardCharsets.UTF_8))
        .contains("Municipality;Unit;Survey;Wave;id;Indicator;Unit value;Municipality value")
        .contains("avg_position_size;Average position size;58.51%;71.05%");
  }

  @Test
  void shouldExplainUsageForBadArguments() {
    assertThat(run("model.json")).isEqualTo(2);
    assertThat(run("model.json", "out.pdf", "--format", "xlsx")).isEqualTo(2);
    assertThat(run("model.json", "out.pdf", "--locale", "de")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: RenderReportCli");
  }

  @Test
  void shouldFailClearlyForAMissingModelFile() {
    int status = run(directory.resolve("missing.json").toString(), "out.pdf");

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Could not render", "missing.json");
  }

  private int run(String... args) {
    return RenderReportCli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        UnitReportExamples::renderer);
  }
}
