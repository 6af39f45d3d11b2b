package no.saman.analytics.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.saman.reports.format.FigureFormat;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.format.ReportLanguage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads rendered reports as a reader sees them: a PDF's text and page count, its pages as PNG
 * images made by pdftoppm under {@code target/report-images/}, the reports' own labels, and a
 * figure as the reports print it.
 */
public final class ReportDocuments {

  public static final Path IMAGES = Path.of("target", "report-images");

  private ReportDocuments() {}

  /** A PDF's extracted text and its number of pages. */
  public record Pdf(String text, int pages) {}

  public static Pdf pdf(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new Pdf(new PDFTextStripper().getText(document), document.getNumberOfPages());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether pdftoppm (poppler-utils) is on the PATH. */
  public static boolean pdftoppmAvailable() {
    try {
      Process process = new ProcessBuilder("pdftoppm", "-v").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Writes the PDF and its pages as {@code <name>-<page>.png} (pdftoppm, 80 dpi) to {@link
   * #IMAGES}, and returns the images' paths in page order.
   */
  public static List<Path> images(byte[] pdf, String name)
      throws IOException, InterruptedException {
    Files.createDirectories(IMAGES);
    Path file = IMAGES.resolve(name + ".pdf");
    Files.write(file, pdf);
    try (Stream<Path> old = Files.list(IMAGES)) {
      for (Path png : old.filter(p -> isPageOf(p, name)).toList()) {
        Files.delete(png);
      }
    }
    Process process =
        new ProcessBuilder(
                "pdftoppm", "-png", "-r", "80", file.toString(), IMAGES.resolve(name).toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError("pdftoppm failed: " + output);
    }
    try (Stream<Path> written = Files.list(IMAGES)) {
      return written.filter(p -> isPageOf(p, name)).sorted().toList();
    }
  }

  /** A label of the reports in a language, e.g. {@code indicator.avg_position_size}. */
  public static String label(String language, String key) {
    String resource = "reports/i18n/reports_" + language + ".properties";
    try (InputStream in = ReportDocuments.class.getClassLoader().getResourceAsStream(resource)) {
      Properties labels = new Properties();
      labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      String label = labels.getProperty(key);
      if (label == null) {
        throw new AssertionError("No label " + key + " in " + resource);
      }
      return label;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An indicator's value as the reports print it in the language, e.g. 58.51 → "58,51 %". */
  public static String printed(String indicator, double value, String language) {
    return IndicatorFormat.byId(indicator)
        .format(new FigureFormat(ReportLanguage.of(Locale.forLanguageTag(language))), value);
  }

  private static boolean isPageOf(Path path, String name) {
    String file = path.getFileName().toString();
    return file.startsWith(name + "-") && file.endsWith(".png");
  }
}
