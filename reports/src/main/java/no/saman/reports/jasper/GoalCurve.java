package no.saman.reports.jasper;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import no.saman.reports.goal.GoalCurveData;

/**
 * A goal's curve over time (vector, as the progress bar): the values from the baseline to the
 * latest measurement, the target as a dashed line, a tick per year, and each measure as a shaded
 * band from its start to its end with its number at a dashed mark on its start, as on the results
 * page.
 */
public final class GoalCurve extends AbstractRenderer implements Graphics2DRenderable {

  private static final long serialVersionUID = 1L;
  private static final Color BAND = new Color(0xE8EEF6);
  private static final double LEFT = 44;
  private static final double RIGHT = 8;
  private static final double TOP = 12;
  private static final double BOTTOM = 14;

  private final GoalCurveData data;

  public GoalCurve(GoalCurveData data) {
    this.data = data;
  }

  @Override
  public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Font font = new Font("DejaVu Sans", Font.PLAIN, 7);
    g.setFont(font);
    FontMetrics metrics = g.getFontMetrics();
    double left = area.getX() + LEFT;
    double width = area.getWidth() - LEFT - RIGHT;
    double top = area.getY() + TOP;
    double height = area.getHeight() - TOP - BOTTOM;
    double span = Math.max(1, data.to() - data.from());
    java.util.function.DoubleUnaryOperator x = day -> left + (day - data.from()) / span * width;
    java.util.function.DoubleUnaryOperator y =
        v -> top + height - (v - data.low()) / (data.high() - data.low()) * height;

    for (GoalCurveData.Mark m : data.marks()) {
      double x1 = x.applyAsDouble(m.starts());
      double x2 = m.ends() == null ? x1 : x.applyAsDouble(m.ends());
      g.setColor(BAND);
      g.fill(new Rectangle2D.Double(x1, top, Math.max(1.5, x2 - x1), height));
    }
    g.setStroke(new BasicStroke(0.5f));
    for (GoalCurveData.Tick tick : data.ticks()) {
      double ty = y.applyAsDouble(tick.value());
      g.setColor(Palette.GRID);
      g.draw(new Line2D.Double(left, ty, left + width, ty));
      g.setColor(Palette.MUTED_TEXT);
      g.drawString(
          tick.text(),
          (float) (left - 4 - metrics.stringWidth(tick.text())),
          (float) (ty + metrics.getAscent() / 2.0 - 1));
    }
    int firstYear = LocalDate.ofEpochDay(data.from()).getYear();
    int lastYear = LocalDate.ofEpochDay(data.to()).getYear();
    for (int year = firstYear; year <= lastYear + 1; year++) {
      long day = LocalDate.of(year, 1, 1).toEpochDay();
      if (day < data.from() || day > data.to()) {
        continue;
      }
      double tx = x.applyAsDouble(day);
      g.setColor(Palette.GRID);
      g.draw(new Line2D.Double(tx, top, tx, top + height));
      g.setColor(Palette.MUTED_TEXT);
      String label = Integer.toString(year);
      g.drawString(
          label,
          (float) (tx - metrics.stringWidth(label) / 2.0),
          (float) (top + height + metrics.getAscent() + 2));
    }
    g.setColor(Palette.TEXT);
    g.setStroke(
        new BasicStroke(
            0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 2}, 0));
    double labelsEnd = Double.NEGATIVE_INFINITY;
    for (GoalCurveData.Mark m : data.marks()) {
      double mx = x.applyAsDouble(m.starts());
      g.draw(new Line2D.Double(mx, top - 2, mx, top + height));
      // Measures that start close together get their numbers side by side, not on top of another.
      String number = Integer.toString(m.number());
      double at = Math.max(mx + 2, labelsEnd + 3);
      g.drawString(number, (float) at, (float) (top - 3));
      labelsEnd = at + metrics.stringWidth(number);
    }
    double targetY = y.applyAsDouble(data.target());
    g.setStroke(
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 3}, 0));
    g.draw(new Line2D.Double(left, targetY, left + width, targetY));
    g.drawString(
        data.targetLabel(),
        (float) (left + width - metrics.stringWidth(data.targetLabel()) - 2),
        (float) (targetY - 3));
    g.setColor(Palette.FOCUS);
    g.setStroke(new BasicStroke(1.5f));
    Path2D line = new Path2D.Double();
    for (int i = 0; i < data.points().size(); i++) {
      GoalCurveData.Point p = data.points().get(i);
      double px = x.applyAsDouble(p.day());
      double py = y.applyAsDouble(p.value());
      if (i == 0) {
        line.moveTo(px, py);
      } else {
        line.lineTo(px, py);
      }
    }
    g.draw(line);
    for (GoalCurveData.Point p : data.points()) {
      double px = x.applyAsDouble(p.day());
      double py = y.applyAsDouble(p.value());
      g.fill(new Ellipse2D.Double(px - 2.5, py - 2.5, 5, 5));
    }
  }
}
