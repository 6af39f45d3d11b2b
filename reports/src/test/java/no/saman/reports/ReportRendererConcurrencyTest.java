package no.saman.reports;

import static no.saman.reports.ReportExamples.institusjonstenestaNamed;
import static no.saman.reports.ReportExamples.renderer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReportRendererConcurrencyTest {

  private static final int THREADS = 4;
  private static final List<String> LANGUAGES = List.of("nn", "nb", "en", "nn");

  @Test
  void shouldRenderFourUnitsAtOnceEachWithItsOwnFigures() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<byte[]>> renders = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        String unit = "Eining " + i;
        Locale locale = Locale.forLanguageTag(LANGUAGES.get(i));
        Callable<byte[]> render =
            () -> {
              start.await();
              return renderer()
                  .renderUnitReport(institusjonstenestaNamed(unit), ReportFormat.PDF, locale);
            };
        renders.add(pool.submit(render));
      }
      start.countDown();

      for (int i = 0; i < THREADS; i++) {
        PdfPages pages = PdfPages.read(renders.get(i).get(60, TimeUnit.SECONDS), "concurrent-" + i);
        assertThat(pages.pageCount()).isEqualTo(3);
        assertThat(pages.text()).contains("Eining " + i, "Fræna");
        for (int other = 0; other < THREADS; other++) {
          if (other != i) {
            assertThat(pages.text()).doesNotContain("Eining " + other);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
