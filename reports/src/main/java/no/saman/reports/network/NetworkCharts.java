package no.saman.reports.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.format.Labels;
import no.saman.reports.group.GroupFigures;
import no.saman.reports.group.WaveFigures;
import no.saman.reports.jasper.ChartRows;
import no.saman.reports.jasper.IndicatorCharts;
import no.saman.reports.jasper.Palette;
import no.saman.reports.network.NetworkReportModel.MemberMunicipality;

/**
 * The network comparison's charts: per key indicator, one bar per municipality beside the network
 * mean and all participants, and one line per municipality over the waves beside the mean.
 */
final class NetworkCharts {

  private NetworkCharts() {}

  static List<Map<String, ?>> comparisons(
      NetworkReportModel model, NetworkTables.Content content, Labels labels) {
    String colours =
        model.municipalities().stream()
                .map(m -> Palette.hex(Palette.FOCUS))
                .collect(Collectors.joining(","))
            + ","
            + Palette.hex(Palette.REFERENCE)
            + ","
            + Palette.hex(Palette.ALL);
    List<Map<String, ?>> charts = new ArrayList<>();
    for (String id : model.indicatorIds()) {
      IndicatorFormat indicator = IndicatorFormat.byId(id);
      ChartRows bars = new ChartRows();
      for (MemberMunicipality member : model.municipalities()) {
        GroupFigures figures = member.figures();
        String category =
            figures.suppressed() ? figures.name() + ": " + labels.suppressed() : figures.name();
        bars.add(id, category, chartValue(indicator, figures.value(id)));
      }
      bars.add(
          id, content.networkMean().name(), chartValue(indicator, model.networkMean().get(id)));
      bars.add(
          id,
          content.allParticipants().name(),
          chartValue(indicator, model.allParticipants().get(id)));
      charts.add(
          IndicatorCharts.chart(
              labels.indicator(id), indicator, bars.rows(), colours, "", true, true));
    }
    return charts;
  }

  static List<Map<String, ?>> trends(NetworkReportModel model, String meanName, Labels labels) {
    Set<String> waves = new LinkedHashSet<>();
    model.networkMeanTrend().forEach(wave -> waves.add(wave.wave()));
    model.municipalities().forEach(m -> m.trend().forEach(wave -> waves.add(wave.wave())));
    if (waves.size() < 2) {
      return List.of();
    }
    List<Map<String, ?>> charts = new ArrayList<>();
    for (String id : model.indicatorIds()) {
      IndicatorFormat indicator = IndicatorFormat.byId(id);
      ChartRows points = new ChartRows();
      addLine(points, meanName, model.networkMeanTrend(), waves, indicator);
      for (MemberMunicipality member : model.municipalities()) {
        addLine(points, member.name(), member.trend(), waves, indicator);
      }
      charts.add(
          IndicatorCharts.chart(
              labels.indicator(id), indicator, points.rows(), "", meanName, false, false));
    }
    return charts;
  }

  private static void addLine(
      ChartRows points,
      String series,
      List<WaveFigures> trend,
      Set<String> waves,
      IndicatorFormat indicator) {
    if (trend.stream().allMatch(figures -> figures.value(indicator.id()) == null)) {
      return;
    }
    for (String wave : waves) {
      Double value =
          trend.stream()
              .filter(figures -> figures.wave().equals(wave))
              .findFirst()
              .map(figures -> figures.value(indicator.id()))
              .orElse(null);
      points.add(series, wave, chartValue(indicator, value));
    }
  }

  private static Double chartValue(IndicatorFormat indicator, Double value) {
    return value == null ? null : indicator.chartValue(value);
  }
}
