package no.saman.reports.jasper;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.BitSet;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * A QR code of a text (zxing), drawn as vector squares with its quiet zone so that it stays sharp
 * at any print size; each row's runs of dark modules are one rectangle, leaving no seams.
 */
public final class QrCode extends AbstractRenderer implements Graphics2DRenderable {

  private static final long serialVersionUID = 1L;
  private static final int QUIET_ZONE = 4;

  private final int size;
  private final BitSet dark;

  public QrCode(String text) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      QUIET_ZONE));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
    }
    this.size = matrix.getWidth();
    this.dark = new BitSet(size * size);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (matrix.get(x, y)) {
          dark.set(y * size + x);
        }
      }
    }
  }

  @Override
  public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
    double side = Math.min(area.getWidth(), area.getHeight());
    double module = side / size;
    graphics.setColor(Color.WHITE);
    graphics.fill(new Rectangle2D.Double(area.getX(), area.getY(), side, side));
    graphics.setColor(Color.BLACK);
    for (int y = 0; y < size; y++) {
      int x = 0;
      while (x < size) {
        if (!dark.get(y * size + x)) {
          x++;
          continue;
        }
        int start = x;
        while (x < size && dark.get(y * size + x)) {
          x++;
        }
        graphics.fill(
            new Rectangle2D.Double(
                area.getX() + start * module,
                area.getY() + y * module,
                (x - start) * module,
                module));
      }
    }
  }
}
