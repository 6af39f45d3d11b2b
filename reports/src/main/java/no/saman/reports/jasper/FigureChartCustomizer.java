package no.saman.reports.jasper;

import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPropertiesMap;
import no.saman.reports.format.FigureNumberFormat;
import no.saman.reports.format.ReportLanguage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;

/**
 * Gives every chart of the reports one look and the report language's number format; what varies
 * comes from the chart element's {@code saman.chart.*} properties (static or from expressions):
 * {@code decimals} (of labels), {@code ticks} (decimals of the axis), {@code percent}, {@code min},
 * {@code max}, {@code labels}, {@code colours} (one per bar, comma-separated) and {@code emphasis}
 * (the series drawn as the reference line).
 */
public final class FigureChartCustomizer extends JRAbstractChartCustomizer {

  private static final String PREFIX = "saman.chart.";

  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    JRPropertiesMap properties = jasperChart.getPropertiesMap();
    ReportLanguage language =
        ReportLanguage.of((Locale) getParameterValue(JRParameter.REPORT_LOCALE));
    boolean percent = Boolean.parseBoolean(property(properties, "percent", "false"));
    int decimals = Integer.parseInt(property(properties, "decimals", "0"));
    int ticks = Integer.parseInt(property(properties, "ticks", Integer.toString(decimals)));
    FigureNumberFormat numbers = new FigureNumberFormat(language, decimals, percent);

    CategoryPlot plot = chart.getCategoryPlot();
    Font font = plot.getRangeAxis().getTickLabelFont();
    ChartLook.plain(chart, plot, font);
    boolean lines = plot.getRenderer() instanceof LineAndShapeRenderer;
    boolean labels = Boolean.parseBoolean(property(properties, "labels", "true"));

    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    values.setStandardTickUnits(
        ChartLook.tickUnits(new FigureNumberFormat(language, ticks, percent), ticks));
    String min = property(properties, "min", "");
    String max = property(properties, "max", "");
    if (!min.isEmpty() && !max.isEmpty()) {
      double lower = Double.parseDouble(min);
      double upper = Double.parseDouble(max);
      values.setRange(lower, upper + (labels && !lines ? (upper - lower) * 0.12 : 0));
    } else {
      values.setAutoRangeIncludesZero(!lines);
      values.setUpperMargin(lines ? 0.12 : 0.22);
      values.setLowerMargin(lines ? 0.12 : 0);
    }
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    CategoryAxis categories = plot.getDomainAxis();
    categories.setMaximumCategoryLabelLines(3);
    categories.setMaximumCategoryLabelWidthRatio(
        plot.getOrientation() == PlotOrientation.HORIZONTAL ? 0.42f : 0.9f);

    if (lines) {
      plot.setRenderer(
          ChartLook.lines(plot, property(properties, "emphasis", ""), numbers, labels, font));
    } else {
      List<Color> colours = coloursOf(property(properties, "colours", ""));
      BarRenderer bars = ChartLook.bars(colours, numbers, labels, font);
      ChartLook.placeLabels(bars, plot.getOrientation());
      plot.setRenderer(bars);
    }
  }

  private static String property(JRPropertiesMap properties, String name, String fallback) {
    String value = properties == null ? null : properties.getProperty(PREFIX + name);
    return value == null ? fallback : value.trim();
  }

  private static List<Color> coloursOf(String property) {
    if (property.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(property.split(",")).map(hex -> Color.decode(hex.trim())).toList();
  }
}
