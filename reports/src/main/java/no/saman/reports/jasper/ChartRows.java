package no.saman.reports.jasper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the points of a category chart (series, category, value) in the shape the templates'
 * {@code Bars} dataset reads; a null value leaves a gap rather than a zero.
 */
public final class ChartRows {

  private final List<Map<String, ?>> rows = new ArrayList<>();

  public ChartRows add(String series, String category, Double value) {
    Map<String, Object> row = new HashMap<>();
    row.put("series", series);
    row.put("category", category);
    row.put("value", value);
    rows.add(row);
    return this;
  }

  public List<Map<String, ?>> rows() {
    return List.copyOf(rows);
  }
}
