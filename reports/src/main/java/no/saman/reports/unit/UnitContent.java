package no.saman.reports.unit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import no.saman.reports.table.ReportTable;

/**
 * The unit report's tables, localized and anonymity-checked once, from which the PDF, the XLSX and
 * the CSV are all written, so that they cannot disagree on a figure or on what is suppressed.
 */
record UnitContent(
    ReportTable overview,
    ReportTable summary,
    ReportTable positionSizes,
    ReportTable competenceUse,
    ReportTable leadership,
    ReportTable indices,
    ReportTable goals,
    ReportTable comments,
    ReportTable drivers,
    ReportTable recruitment) {

  /** The tables that have rows, in the report's order: one sheet each. */
  List<ReportTable> tables() {
    return Stream.of(
            overview,
            summary,
            positionSizes,
            competenceUse,
            leadership,
            indices,
            drivers,
            recruitment,
            goals,
            comments)
        .filter(Objects::nonNull)
        .filter(table -> !table.rows().isEmpty())
        .toList();
  }
}
