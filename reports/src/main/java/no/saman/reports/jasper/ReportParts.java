package no.saman.reports.jasper;

import java.util.Map;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The sub-templates the three reports share (the figure matrix, goals, measures, comments and the
 * chart grids), loaded once and handed to every fill as parameters.
 */
public final class ReportParts {

  private final Map<String, JasperReport> parts;

  public ReportParts() {
    this.parts =
        Map.of(
            "MATRIX_REPORT", Templates.load("part-matrix"),
            "GOALS_REPORT", Templates.load("part-goals"),
            "MEASURES_REPORT", Templates.load("part-measures"),
            "COMMENTS_REPORT", Templates.load("part-comments"),
            "COMPARISON_CHARTS_REPORT", Templates.load("part-comparison-charts"),
            "TREND_CHARTS_REPORT", Templates.load("part-trend-charts"));
  }

  void addTo(Map<String, Object> parameters) {
    parameters.putAll(parts);
  }
}
