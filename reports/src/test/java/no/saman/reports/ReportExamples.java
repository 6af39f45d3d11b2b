package no.saman.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import no.saman.reports.cli.ReportJson;
import no.saman.reports.municipality.MunicipalityReportModel;
import no.saman.reports.network.NetworkReportModel;
import no.saman.reports.unit.UnitReportModel;

/**
 * Models for the tests and benchmarks, read from the example files the CLI documents (the demo
 * municipalities of domain.md), so that the examples stay valid.
 */
public final class ReportExamples {

  public static final Path EXAMPLES = Path.of("examples");
  public static final Path INSTITUSJONSTENESTA = EXAMPLES.resolve("unit-institusjonstenesta.json");
  public static final Path KJOKENET = EXAMPLES.resolve("unit-kjokenet-suppressed.json");
  public static final Path FRAENA = EXAMPLES.resolve("municipality-fraena.json");
  public static final Path NORD_VEST = EXAMPLES.resolve("network-sykefravaer-nord-vest.json");

  private ReportExamples() {}

  /** One renderer for all test classes, so the templates are loaded once per test run. */
  public static ReportRenderer renderer() {
    return Shared.RENDERER;
  }

  /** Created on first use only, so that benchmarks reading the models load no second renderer. */
  private static final class Shared {
    private static final ReportRenderer RENDERER = new ReportRenderer();
  }

  /** Fræna / Institusjonstenesta, 2013-autumn, 57 responses, every section. */
  public static UnitReportModel institusjonstenesta() {
    return read(() -> ReportJson.unit(INSTITUSJONSTENESTA));
  }

  /** Fræna / Kjøkenet, below the threshold: no unit figures, the comparisons still shown. */
  public static UnitReportModel suppressedKitchen() {
    return read(() -> ReportJson.unit(KJOKENET));
  }

  /** Fræna (1548) with seven units, two of them suppressed, over three waves. */
  public static MunicipalityReportModel fraena() {
    return read(() -> ReportJson.municipality(FRAENA));
  }

  /** Sykefravær Nord-Vest: Bømlo, Jondal, Steinkjer, Sund, Vefsn; Jondal and Sund suppressed. */
  public static NetworkReportModel nordVest() {
    return read(() -> ReportJson.network(NORD_VEST));
  }

  /** The example under another unit name, to tell concurrent renders apart. */
  public static UnitReportModel institusjonstenestaNamed(String unitName) {
    UnitReportModel m = institusjonstenesta();
    return new UnitReportModel(
        m.municipalityName(),
        unitName,
        m.roundTitle(),
        m.wave(),
        m.suppressed(),
        m.responses(),
        m.responseRate(),
        m.indicators(),
        m.positionSizes(),
        m.generatedOn(),
        m.serviceType(),
        m.previousWave(),
        m.competenceUse(),
        m.leadershipItems(),
        m.scaleIndices(),
        m.goals(),
        m.comments());
  }

  private interface Reader<T> {
    T read() throws IOException;
  }

  private static <T> T read(Reader<T> reader) {
    try {
      return reader.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
