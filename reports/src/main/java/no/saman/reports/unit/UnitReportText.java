package no.saman.reports.unit;

import java.util.List;
import no.saman.reports.format.FigureFormat;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.format.ReportLanguage;
import no.saman.reports.unit.UnitReportModel.IndicatorRow;
import no.saman.reports.unit.UnitReportModel.PositionSizeBand;

/**
 * Everything the unit report prints, already localized and formatted, so that the PDF and the CSV
 * cannot disagree on a figure or on what is suppressed.
 */
record UnitReportText(
    UnitLabels labels,
    String municipalityName,
    String unitName,
    String roundTitle,
    String wave,
    String responses,
    String responseRate,
    List<Row> indicators,
    List<PositionSizeBand> positionSizes,
    String generatedOn,
    String anonymityLegend) {

  /** One printed indicator line. */
  record Row(String id, String label, String unitValue, String municipalityValue) {}

  /** Localizes a model that {@link UnitReportGuard} has accepted. */
  static UnitReportText of(UnitReportModel model, ReportLanguage language, int anonymityThreshold) {
    FigureFormat format = new FigureFormat(language);
    UnitLabels labels = UnitLabels.of(language);
    String tooFew = labels.get("suppressed");
    String notAvailable = labels.get("notAvailable");
    boolean suppressed = model.suppressed();

    List<Row> rows =
        model.indicators().stream()
            .map(row -> rowOf(row, format, labels, suppressed ? tooFew : notAvailable, tooFew))
            .toList();
    String rate = model.responseRate() == null ? notAvailable : format.share(model.responseRate());
    List<PositionSizeBand> bands =
        suppressed || model.positionSizes() == null
            ? List.of()
            : List.copyOf(model.positionSizes());

    return new UnitReportText(
        labels,
        model.municipalityName(),
        model.unitName(),
        model.roundTitle(),
        model.wave(),
        suppressed ? tooFew : format.count(model.responses()),
        suppressed ? tooFew : rate,
        rows,
        bands,
        format.date(model.generatedOn()),
        labels.anonymityLegend(anonymityThreshold));
  }

  private static Row rowOf(
      IndicatorRow row,
      FigureFormat format,
      UnitLabels labels,
      String missingUnitValue,
      String missingMunicipalityValue) {
    IndicatorFormat indicator = IndicatorFormat.byId(row.id());
    return new Row(
        indicator.id(),
        labels.indicator(indicator.id()),
        row.unitValue() == null ? missingUnitValue : indicator.format(format, row.unitValue()),
        row.municipalityValue() == null
            ? missingMunicipalityValue
            : indicator.format(format, row.municipalityValue()));
  }

  boolean showChart() {
    return !positionSizes.isEmpty();
  }
}
