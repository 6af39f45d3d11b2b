package no.saman.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import no.saman.reports.cli.UnitReportJson;
import no.saman.reports.unit.UnitReportModel;
import no.saman.reports.unit.UnitReportModel.IndicatorRow;

/**
 * Models for the tests, starting from the example file the CLI documents, so that it stays valid.
 */
public final class UnitReportExamples {

  public static final Path INSTITUSJONSTENESTA = Path.of("examples/unit-institusjonstenesta.json");

  private static final ReportRenderer RENDERER = new ReportRenderer();

  private UnitReportExamples() {}

  /** One renderer for all test classes, so the template is compiled once per test run. */
  public static ReportRenderer renderer() {
    return RENDERER;
  }

  /** Fræna / Institusjonstenesta, 2013-autumn, 57 responses. */
  public static UnitReportModel institusjonstenesta() {
    try {
      return UnitReportJson.read(INSTITUSJONSTENESTA);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A unit of Fræna below the threshold: no unit figures, the municipality's still shown. */
  public static UnitReportModel suppressedKitchen() {
    UnitReportModel example = institusjonstenesta();
    return new UnitReportModel(
        example.municipalityName(),
        "Kjøkenet",
        example.roundTitle(),
        example.wave(),
        true,
        null,
        null,
        List.of(
            new IndicatorRow("avg_position_size", null, 71.05),
            new IndicatorRow("wants_larger_share", null, 0.42),
            new IndicatorRow("hidden_fte", null, 9.8)),
        List.of(),
        example.generatedOn());
  }

  /** The example under another unit name, to tell concurrent renders apart. */
  public static UnitReportModel institusjonstenestaNamed(String unitName) {
    UnitReportModel example = institusjonstenesta();
    return new UnitReportModel(
        example.municipalityName(),
        unitName,
        example.roundTitle(),
        example.wave(),
        example.suppressed(),
        example.responses(),
        example.responseRate(),
        example.indicators(),
        example.positionSizes(),
        example.generatedOn());
  }
}
