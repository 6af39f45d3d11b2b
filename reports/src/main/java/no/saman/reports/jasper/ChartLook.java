package no.saman.reports.jasper;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.List;
import no.saman.reports.format.FigureNumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/** The shared look of the reports' charts: flat bars, light grid, small DejaVu labels. */
final class ChartLook {

  private static final float TICK_SIZE = 7.5f;
  private static final float LABEL_SIZE = 7f;

  private ChartLook() {}

  static void plain(JFreeChart chart, CategoryPlot plot, Font font) {
    Font ticks = font.deriveFont(TICK_SIZE);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(2, 2, 2, 14));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setDomainGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.getRangeAxis().setTickLabelFont(ticks);
    plot.getRangeAxis().setLabelFont(ticks);
    plot.getRangeAxis().setTickLabelPaint(Palette.MUTED_TEXT);
    plot.getDomainAxis().setTickLabelFont(ticks);
    plot.getDomainAxis().setLabelFont(ticks);
    plot.getDomainAxis().setTickLabelPaint(Palette.TEXT);
    plot.getDomainAxis().setCategoryMargin(0.25);
    plot.getDomainAxis().setLowerMargin(0.03);
    plot.getDomainAxis().setUpperMargin(0.03);
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(font.deriveFont(Font.BOLD, 8.5f));
      chart.getTitle().setPaint(Palette.FOCUS);
    }
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(ticks);
      chart.getLegend().setFrame(BlockBorder.NONE);
      chart.getLegend().setBackgroundPaint(Color.WHITE);
    }
  }

  /** Tick steps that print without repeating, e.g. 0.1, 0.2, 0.5 … for one decimal. */
  static TickUnits tickUnits(NumberFormat format, int decimals) {
    TickUnits units = new TickUnits();
    double smallest = Math.pow(10, -decimals);
    for (double magnitude = smallest; magnitude <= 1e6; magnitude *= 10) {
      for (double step : new double[] {1, 2, 2.5, 5}) {
        if (step != 2.5 || magnitude >= 10 * smallest) {
          units.add(new NumberTickUnit(magnitude * step, format));
        }
      }
    }
    return units;
  }

  static BarRenderer bars(
      List<Color> categoryColours, FigureNumberFormat numbers, boolean labels, Font font) {
    BarRenderer bars =
        categoryColours.isEmpty() ? new BarRenderer() : new CategoryColouredBars(categoryColours);
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setItemMargin(0.05);
    bars.setMaximumBarWidth(0.12);
    for (int s = 0; s < Palette.SERIES.size(); s++) {
      bars.setSeriesPaint(s, Palette.SERIES.get(s));
    }
    if (labels) {
      bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
      bars.setDefaultItemLabelFont(font.deriveFont(LABEL_SIZE));
      bars.setDefaultItemLabelPaint(Palette.TEXT);
      bars.setDefaultItemLabelsVisible(true);
    }
    return bars;
  }

  /** Item labels beside horizontal bars, above vertical ones. */
  static void placeLabels(BarRenderer bars, PlotOrientation orientation) {
    ItemLabelPosition position =
        orientation == PlotOrientation.HORIZONTAL
            ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
            : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
    bars.setDefaultPositiveItemLabelPosition(position);
  }

  static LineAndShapeRenderer lines(
      CategoryPlot plot, String emphasis, FigureNumberFormat numbers, boolean labels, Font font) {
    LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
    CategoryDataset data = plot.getDataset();
    int colour = 0;
    for (int s = 0; s < data.getRowCount(); s++) {
      boolean reference = data.getRowKey(s).toString().equals(emphasis);
      Paint paint = reference ? Palette.FOCUS : Palette.LINES.get(colour++ % Palette.LINES.size());
      lines.setSeriesPaint(s, paint);
      lines.setSeriesStroke(s, stroke(reference));
      lines.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
    }
    if (labels) {
      lines.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers));
      lines.setDefaultItemLabelFont(font.deriveFont(LABEL_SIZE));
      lines.setDefaultItemLabelsVisible(true);
      lines.setDefaultPositiveItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    }
    return lines;
  }

  /** A solid line for the groups, a dashed one for the reference series. */
  private static BasicStroke stroke(boolean reference) {
    return reference
        ? new BasicStroke(
            2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f)
        : new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /** Bars of one series coloured by category: the groups in one colour, references in others. */
  private static final class CategoryColouredBars extends BarRenderer {

    private static final long serialVersionUID = 1L;
    private final List<Color> colours;

    CategoryColouredBars(List<Color> colours) {
      this.colours = List.copyOf(colours);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return column < colours.size() ? colours.get(column) : super.getItemPaint(row, column);
    }
  }
}
