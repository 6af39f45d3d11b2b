package no.saman.reports.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import no.saman.reports.ReportExamples;
import no.saman.reports.ReportFormat;
import no.saman.reports.ReportRenderer;
import no.saman.reports.TenMunicipalities;
import no.saman.reports.municipality.MunicipalityReportModel;
import no.saman.reports.network.NetworkReportModel;
import no.saman.reports.unit.UnitReportModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm render time of the reports the quality bar names (a unit PDF under 300 ms, a network
 * comparison of ten municipalities under 1 s), sampled so that JMH reports the median (p0.50).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class RenderBenchmark {

  private static final Locale NYNORSK = Locale.forLanguageTag("nn");

  private ReportRenderer renderer;
  private UnitReportModel unit;
  private MunicipalityReportModel municipality;
  private NetworkReportModel tenMunicipalities;

  @Setup
  public void loadTemplatesAndModels() {
    renderer = new ReportRenderer();
    unit = ReportExamples.institusjonstenesta();
    municipality = ReportExamples.fraena();
    tenMunicipalities = TenMunicipalities.model();
  }

  @Benchmark
  public byte[] unitPdf() {
    return renderer.renderUnitReport(unit, ReportFormat.PDF, NYNORSK);
  }

  @Benchmark
  public byte[] unitXlsx() {
    return renderer.renderUnitReport(unit, ReportFormat.XLSX, NYNORSK);
  }

  @Benchmark
  public byte[] municipalityPdf() {
    return renderer.renderMunicipalityReport(municipality, ReportFormat.PDF, NYNORSK);
  }

  @Benchmark
  public byte[] networkOfTenMunicipalitiesPdf() {
    return renderer.renderNetworkReport(tenMunicipalities, ReportFormat.PDF, NYNORSK);
  }
}
