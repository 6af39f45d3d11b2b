package no.saman.reports.unit;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * Makes the position-size chart read as counts of people: whole-number ticks, the count on each bar
 * and flat bars; Jasper instantiates it by name for every fill.
 */
public final class PositionSizeChartCustomizer implements JRChartCustomizer {

  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    CategoryPlot plot = chart.getCategoryPlot();
    NumberAxis counts = (NumberAxis) plot.getRangeAxis();
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    counts.setUpperMargin(0.12);

    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setItemMargin(0.04);
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    bars.setDefaultItemLabelFont(counts.getTickLabelFont());
    bars.setDefaultItemLabelsVisible(true);
  }
}
