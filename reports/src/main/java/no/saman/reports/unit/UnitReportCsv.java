package no.saman.reports.unit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.saman.reports.unit.UnitReportModel.PositionSizeBand;

/**
 * Writes the unit report's figures as one {@code ;}-separated table (the separator Norwegian
 * spreadsheets expect next to a decimal comma), one figure a line, with the unit on every line.
 */
final class UnitReportCsv {

  /** Lets spreadsheet programs recognise UTF-8, so that æ, ø and å survive opening the file. */
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private static final String LINE_END = "\r\n";

  private UnitReportCsv() {}

  static byte[] render(UnitReportText text) {
    UnitLabels labels = text.labels();
    List<String> unit =
        List.of(text.municipalityName(), text.unitName(), text.roundTitle(), text.wave());
    StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
    append(
        csv,
        List.of(
            labels.get("label.municipality"),
            labels.get("label.unit"),
            labels.get("label.round"),
            labels.get("label.wave")),
        "id",
        labels.get("table.indicator"),
        labels.get("csv.unitValue"),
        labels.get("csv.municipalityValue"));
    append(csv, unit, "responses", labels.get("label.responses"), text.responses(), "");
    append(csv, unit, "response_rate", labels.get("label.responseRate"), text.responseRate(), "");
    for (UnitReportText.Row row : text.indicators()) {
      append(csv, unit, row.id(), row.label(), row.unitValue(), row.municipalityValue());
    }
    for (PositionSizeBand band : text.positionSizes()) {
      String current = labels.get("chart.current") + ": " + band.label();
      String desired = labels.get("chart.desired") + ": " + band.label();
      append(csv, unit, "position_size_current", current, String.valueOf(band.current()), "");
      append(csv, unit, "position_size_desired", desired, String.valueOf(band.desired()), "");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void append(
      StringBuilder csv,
      List<String> unit,
      String id,
      String label,
      String unitValue,
      String municipalityValue) {
    csv.append(
            Stream.concat(unit.stream(), Stream.of(id, label, unitValue, municipalityValue))
                .map(UnitReportCsv::cell)
                .collect(Collectors.joining(";")))
        .append(LINE_END);
  }

  /** Quotes where needed and defuses text a spreadsheet would run as a formula. */
  private static String cell(String value) {
    String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
    if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
