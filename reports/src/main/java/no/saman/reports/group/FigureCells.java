package no.saman.reports.group;

import no.saman.reports.format.FigureFormat;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.format.Labels;
import no.saman.reports.table.Cell;

/**
 * Turns one value into its cell: the figure with its spreadsheet format, "–" when absent, or "for
 * få svar" when the group is suppressed, so every report decides this in one place.
 */
public final class FigureCells {

  private final Labels labels;
  private final FigureFormat format;

  public FigureCells(Labels labels, FigureFormat format) {
    this.labels = labels;
    this.format = format;
  }

  public Labels labels() {
    return labels;
  }

  public FigureFormat format() {
    return format;
  }

  /** The cell of an indicator value of a group that is shown. */
  public Cell indicator(String indicatorId, Double value) {
    IndicatorFormat indicator = IndicatorFormat.byId(indicatorId);
    return value == null
        ? missing()
        : Cell.figure(indicator.format(format, value), value, indicator.excelFormat());
  }

  /** The cell of a change between rounds, in bold when it is larger than chance. */
  public Cell change(String indicatorId, double difference, boolean significant) {
    IndicatorFormat indicator = IndicatorFormat.byId(indicatorId);
    Cell cell =
        Cell.figure(
            indicator.formatChange(format, difference), difference, indicator.excelChangeFormat());
    return significant ? cell.asStrong() : cell;
  }

  public Cell count(Integer count) {
    return count == null ? missing() : Cell.figure(format.count(count), count, "0");
  }

  public Cell share(Double share) {
    return share == null
        ? missing()
        : Cell.figure(format.share(share), share, FigureFormat.SHARE_EXCEL_FORMAT);
  }

  /** A mean of an item on its 1–5 scale, with one decimal: "3,6". */
  public Cell mean(Double value) {
    return value == null ? missing() : Cell.figure(format.decimal(value, 1), value, "0.0");
  }

  public Cell suppressed() {
    return Cell.suppressed(labels.suppressed());
  }

  public Cell missing() {
    return Cell.missing(labels.notAvailable());
  }

  public Cell text(String text) {
    return Cell.text(text);
  }
}
