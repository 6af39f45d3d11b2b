package no.saman.reports.goal;

import java.util.ArrayList;
import java.util.List;
import no.saman.reports.format.Labels;
import no.saman.reports.group.FigureCells;
import no.saman.reports.table.Cell;
import no.saman.reports.table.ReportTable;
import no.saman.reports.table.ReportTable.Column;
import no.saman.reports.table.ReportTable.Row;

/**
 * The measures (tiltak) of goals as one table: a row per measure, named by its owner and goal; the
 * XLSX and CSV take the table, the PDF its rows as records that wrap and flow across pages.
 */
public final class GoalActionTable {

  private GoalActionTable() {}

  public static ReportTable of(FigureCells cells, String title, List<GoalTable.Owned> goals) {
    Labels labels = cells.labels();
    List<Row> rows = new ArrayList<>();
    for (GoalTable.Owned owned : goals) {
      String goal = labels.indicator(owned.goal().indicatorId());
      String group = owned.owner() == null ? goal : owned.owner() + " – " + goal;
      for (GoalAction a : owned.goal().actions()) {
        List<String> partners = new ArrayList<>();
        for (int i = 0; i < a.partnerRoles().size(); i++) {
          String role = labels.get("measure.partner." + a.partnerRoles().get(i));
          String name = i < a.partners().size() ? a.partners().get(i) : null;
          partners.add(name == null ? role : name + " (" + role + ")");
        }
        rows.add(
            new Row(
                null,
                group,
                List.of(
                    Cell.text(a.title()),
                    Cell.text(labels.get("measure.status." + a.status())),
                    Cell.text(a.owner()),
                    Cell.text(
                        cells.format().date(java.time.LocalDate.parse(a.starts()))
                            + (a.ends() == null
                                ? ""
                                : " – "
                                    + cells.format().date(java.time.LocalDate.parse(a.ends())))),
                    Cell.text(a.milestonesDone() + "/" + a.milestones()),
                    Cell.text(String.join(", ", partners)))));
      }
    }
    return new ReportTable(
        title,
        labels.get("measure.goal"),
        List.of(
            new Column("title", labels.get("measure.title")),
            new Column("status", labels.get("measure.status")),
            new Column("owner", labels.get("measure.owner")),
            new Column("period", labels.get("measure.period")),
            new Column("milestones", labels.get("measure.milestones")),
            new Column("partners", labels.get("measure.partners"))),
        rows);
  }

  /** The PDF's records: one per measure, with its cells' text and its group's heading and index. */
  public static List<java.util.Map<String, ?>> pdfRows(ReportTable table) {
    List<java.util.Map<String, ?>> records = new ArrayList<>();
    int group = -1;
    String heading = null;
    for (Row row : table.rows()) {
      if (!row.label().equals(heading)) {
        heading = row.label();
        group++;
      }
      java.util.Map<String, Object> record = new java.util.HashMap<>();
      record.put("group", group);
      record.put("heading", heading);
      for (int c = 0; c < table.columns().size(); c++) {
        record.put(table.columns().get(c).id(), row.cells().get(c).text());
      }
      records.add(record);
    }
    return records;
  }
}
