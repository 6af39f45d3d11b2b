package no.saman.reports.jasper;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * A goal's progress drawn as a bar (vector, so it stays sharp in the PDF): filled up to the share
 * of the way from baseline to target, in the colour of the goal's status.
 */
public final class ProgressBar extends AbstractRenderer implements Graphics2DRenderable {

  private static final long serialVersionUID = 1L;
  private static final Color TRACK = new Color(0xE6ECF2);

  private final double progress;
  private final Color colour;

  /**
   * @param progress 0 at the baseline, 1 at the target; outside that range the bar is empty or full
   * @param status the status name ({@code ON_TRACK}, {@code BEHIND}, {@code REACHED}) or empty
   */
  public ProgressBar(Double progress, String status) {
    this.progress = progress == null ? 0 : Math.max(0, Math.min(1, progress));
    this.colour = Palette.status(status);
  }

  @Override
  public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
    double height = Math.min(area.getHeight(), 7);
    double top = area.getY() + (area.getHeight() - height) / 2;
    graphics.setColor(TRACK);
    graphics.fill(new Rectangle2D.Double(area.getX(), top, area.getWidth(), height));
    graphics.setColor(colour);
    graphics.fill(new Rectangle2D.Double(area.getX(), top, area.getWidth() * progress, height));
  }
}
