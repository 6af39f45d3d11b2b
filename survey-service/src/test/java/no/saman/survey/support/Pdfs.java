package no.saman.survey.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back as a person would: its text, and the QR code on a page as a phone reads it. */
public final class Pdfs {

  private Pdfs() {}

  public static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  public static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  /** The QR code of page {@code index} (from 0); the page is also saved under target/letters/. */
  public static String qrCode(byte[] pdf, int index, String name) throws IOException {
    BufferedImage page;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      page = new PDFRenderer(document).renderImageWithDPI(index, 110);
    }
    Path directory = Path.of("target", "letters");
    Files.createDirectories(directory);
    ImageIO.write(page, "png", directory.resolve(name + "-" + (index + 1) + ".png").toFile());
    try {
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
              Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    } catch (ReaderException e) {
      throw new AssertionError("No readable QR code on page " + (index + 1), e);
    }
  }
}
