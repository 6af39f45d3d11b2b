package no.saman.reports.jasper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.reports.format.IndicatorFormat;

/**
 * Builds the records of the chart grids (one chart per key indicator): the title, the points and
 * the chart properties the indicator's format implies, read by {@link FigureChartCustomizer}.
 */
public final class IndicatorCharts {

  private IndicatorCharts() {}

  /**
   * One chart.
   *
   * @param points from {@link ChartRows}, values already in chart units ({@link
   *     IndicatorFormat#chartValue})
   * @param colours one colour per category for bar charts, comma-separated; empty for series
   *     colours
   * @param emphasis the series drawn as the reference line, or empty
   * @param labels whether each point carries its value
   * @param fixedRange whether the axis spans the indicator's whole range (0–100 %, 1–5) rather than
   *     the data, as bars do and trend lines, which must show change, do not
   */
  public static Map<String, ?> chart(
      String title,
      IndicatorFormat indicator,
      List<Map<String, ?>> points,
      String colours,
      String emphasis,
      boolean labels,
      boolean fixedRange) {
    double[] range = fixedRange ? indicator.chartRange() : null;
    Map<String, Object> chart = new HashMap<>();
    chart.put("title", title);
    chart.put("points", points);
    chart.put("decimals", Integer.toString(indicator.chartDecimals()));
    chart.put("ticks", Integer.toString(indicator.chartTickDecimals()));
    chart.put("percent", Boolean.toString(indicator.chartPercent()));
    chart.put("min", range == null ? "" : Double.toString(range[0]));
    chart.put("max", range == null ? "" : Double.toString(range[1]));
    chart.put("colours", colours);
    chart.put("emphasis", emphasis);
    chart.put("labels", Boolean.toString(labels));
    return chart;
  }
}
