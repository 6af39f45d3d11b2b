package no.saman.reports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a rendered PDF shows, read back with PDFBox; also saves each page as a PNG under {@code
 * target/report-images/} for people to look at.
 */
public record PdfPages(String text, int pageCount, List<String> fonts, List<BufferedImage> images) {

  public static final Path IMAGE_DIRECTORY = Path.of("target", "report-images");

  private static final int DPI = 110;

  /** Reads {@code pdf} and writes its pages as {@code <name>-<page>.png}. */
  public static PdfPages read(byte[] pdf, String name) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (var fontName : resources.getFontNames()) {
          PDFont font = resources.getFont(fontName);
          fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
        }
      }
      PDFRenderer renderer = new PDFRenderer(document);
      List<BufferedImage> images = new ArrayList<>();
      Files.createDirectories(IMAGE_DIRECTORY);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        BufferedImage image = renderer.renderImageWithDPI(page, DPI);
        ImageIO.write(
            image, "png", IMAGE_DIRECTORY.resolve(name + "-" + (page + 1) + ".png").toFile());
        images.add(image);
      }
      return new PdfPages(
          new PDFTextStripper().getText(document), document.getNumberOfPages(), fonts, images);
    }
  }

  /**
   * The share of non-white pixels of a page (counted from 1) between two heights given as fractions
   * of the page, to tell a drawn chart from an empty area.
   */
  public double inkBetween(int pageNumber, double fromHeight, double toHeight) {
    BufferedImage page = images.get(pageNumber - 1);
    int from = (int) (page.getHeight() * fromHeight);
    int to = (int) (page.getHeight() * toHeight);
    long ink = 0;
    for (int y = from; y < to; y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) (to - from) * page.getWidth());
  }
}
