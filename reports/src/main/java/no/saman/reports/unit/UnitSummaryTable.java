package no.saman.reports.unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.format.Labels;
import no.saman.reports.group.FigureCells;
import no.saman.reports.table.Cell;
import no.saman.reports.table.ReportTable;
import no.saman.reports.table.ReportTable.Column;
import no.saman.reports.table.ReportTable.Row;
import no.saman.reports.unit.UnitReportModel.Change;
import no.saman.reports.unit.UnitReportModel.IndicatorRow;

/**
 * The unit's indicators beside the municipality, the same service type, each network of the
 * municipality (one column per network) and all participants, with the change since the previous
 * round; comparison columns the model has no figure for are left out.
 */
final class UnitSummaryTable {

  static final String CHANGE = "change";
  static final List<String> CHANGE_DETAILS =
      List.of("change_lower", "change_upper", "change_significant");

  private UnitSummaryTable() {}

  static ReportTable of(UnitReportModel model, FigureCells cells) {
    return table(model, cells, model.indicators(), "unit.summary", model.previousWave() != null);
  }

  static ReportTable indices(UnitReportModel model, FigureCells cells) {
    return table(model, cells, model.scaleIndices(), "table.indices", false);
  }

  private static ReportTable table(
      UnitReportModel model,
      FigureCells cells,
      List<IndicatorRow> indicators,
      String titleKey,
      boolean withChange) {
    Labels labels = cells.labels();
    boolean serviceType =
        model.serviceType() != null
            || indicators.stream().anyMatch(row -> row.serviceTypeValue() != null);
    boolean all = indicators.stream().anyMatch(row -> row.allParticipantsValue() != null);
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("unit", labels.get("unit.column.unit")));
    columns.add(new Column("municipality", labels.get("unit.column.municipality")));
    if (serviceType) {
      columns.add(new Column("service_type", labels.get("unit.column.serviceType")));
    }
    Map<String, String> networks = networks(indicators);
    networks.forEach(
        (id, name) ->
            columns.add(new Column("network:" + id, labels.format("unit.column.network", name))));
    if (all) {
      columns.add(new Column("all_participants", labels.get("unit.column.all")));
    }
    if (withChange) {
      columns.add(new Column(CHANGE, labels.format("unit.column.change", model.previousWave())));
      columns.add(new Column(CHANGE_DETAILS.get(0), labels.get("unit.column.changeLower")));
      columns.add(new Column(CHANGE_DETAILS.get(1), labels.get("unit.column.changeUpper")));
      columns.add(new Column(CHANGE_DETAILS.get(2), labels.get("unit.column.significant")));
    }
    List<Row> rows = new ArrayList<>();
    for (IndicatorRow row : indicators) {
      List<Cell> figures = new ArrayList<>();
      figures.add(unitCell(model, cells, row.id(), row.unitValue()));
      boolean total = IndicatorFormat.byId(row.id()).isGroupTotal() && !model.suppressed();
      figures.add(
          total
              ? cells.missing()
              : row.municipalityValue() == null
                  ? cells.suppressed()
                  : cells.indicator(row.id(), row.municipalityValue()));
      if (serviceType) {
        figures.add(total ? cells.missing() : cells.indicator(row.id(), row.serviceTypeValue()));
      }
      for (String network : networks.keySet()) {
        figures.add(total ? cells.missing() : cells.indicator(row.id(), row.networkValue(network)));
      }
      if (all) {
        figures.add(
            total ? cells.missing() : cells.indicator(row.id(), row.allParticipantsValue()));
      }
      if (withChange) {
        figures.addAll(changeCells(model, cells, row.id(), row.change()));
      }
      rows.add(new Row(row.id(), labels.indicator(row.id()), figures));
    }
    return new ReportTable(labels.get(titleKey), labels.get("table.indicator"), columns, rows);
  }

  /** Every network any row is compared with, id to name, in the order the rows name them. */
  private static Map<String, String> networks(List<IndicatorRow> indicators) {
    Map<String, String> networks = new LinkedHashMap<>();
    for (IndicatorRow row : indicators) {
      row.networkValues().forEach(n -> networks.putIfAbsent(n.id(), n.name()));
    }
    return networks;
  }

  private static Cell unitCell(UnitReportModel model, FigureCells cells, String id, Double value) {
    return model.suppressed() ? cells.suppressed() : cells.indicator(id, value);
  }

  private static List<Cell> changeCells(
      UnitReportModel model, FigureCells cells, String id, Change change) {
    if (model.suppressed()) {
      Cell tooFew = cells.suppressed();
      return List.of(tooFew, tooFew, tooFew, tooFew);
    }
    if (change == null) {
      Cell none = cells.missing();
      return List.of(none, none, none, none);
    }
    IndicatorFormat indicator = IndicatorFormat.byId(id);
    Cell lower = intervalEnd(cells, indicator, change.lower());
    Cell upper = intervalEnd(cells, indicator, change.upper());
    String significant =
        change.hasInterval()
            ? cells.labels().get(change.largerThanChance() ? "yes" : "no")
            : cells.labels().notAvailable();
    return List.of(
        cells.change(id, change.difference(), change.largerThanChance()),
        lower,
        upper,
        Cell.text(significant));
  }

  private static Cell intervalEnd(FigureCells cells, IndicatorFormat indicator, Double end) {
    return end == null
        ? cells.missing()
        : Cell.figure(
            indicator.formatChange(cells.format(), end), end, indicator.excelChangeFormat());
  }
}
