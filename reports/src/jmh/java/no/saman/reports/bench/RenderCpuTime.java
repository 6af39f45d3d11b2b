package no.saman.reports.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import no.saman.reports.ReportExamples;
import no.saman.reports.ReportFormat;
import no.saman.reports.ReportRenderer;
import no.saman.reports.TenMunicipalities;

/**
 * Prints the median CPU time of a warm render beside its wall time, because on a shared 2-core
 * machine the wall time JMH measures mostly reflects what else is running.
 */
public final class RenderCpuTime {

  private static final Locale NYNORSK = Locale.forLanguageTag("nn");
  private static final int WARM_UP = 100;
  private static final int SAMPLES = 100;

  private RenderCpuTime() {}

  public static void main(String[] args) {
    ReportRenderer renderer = new ReportRenderer();
    var unit = ReportExamples.institusjonstenesta();
    var network = TenMunicipalities.model();
    measure("unit PDF", () -> renderer.renderUnitReport(unit, ReportFormat.PDF, NYNORSK));
    measure(
        "network comparison PDF, 10 municipalities",
        () -> renderer.renderNetworkReport(network, ReportFormat.PDF, NYNORSK));
  }

  private static void measure(String name, Supplier<byte[]> render) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < WARM_UP; i++) {
      render.get();
    }
    double[] cpu = new double[SAMPLES];
    double[] wall = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      render.get();
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      wall[i] = (System.nanoTime() - wallStart) / 1e6;
    }
    System.out.printf(
        "%s: median CPU %.1f ms, median wall %.1f ms (%d warm renders)%n",
        name, median(cpu), median(wall), SAMPLES);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
