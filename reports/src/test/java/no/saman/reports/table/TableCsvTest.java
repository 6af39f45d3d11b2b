package no.saman.reports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.saman.reports.table.ReportTable.Column;
import no.saman.reports.table.ReportTable.Row;
import org.junit.jupiter.api.Test;

class TableCsvTest {

  private static final List<String> LINE_HEADER =
      List.of("Tabell", "Rad", "Kolonne", "id", "Verdi");

  @Test
  void shouldDefuseTextThatASpreadsheetWouldRunAsAFormulaButNotOurFigures() {
    ReportTable table =
        new ReportTable(
            "Kommentarar",
            "Modul",
            List.of(new Column("comment", "Kommentar"), new Column("change", "Endring")),
            List.of(
                new Row(
                    null,
                    "=HYPERLINK(\"x\")",
                    List.of(Cell.text("@SUM(A1)"), Cell.figure("+4", 0.04, "0%")))));

    String csv = csv(table);

    assertThat(csv)
        .contains("'=HYPERLINK(\"\"x\"\")", "'@SUM(A1)", ";+4\r\n")
        .doesNotContain(";=", ";@");
  }

  @Test
  void shouldQuoteSeparatorsAndLineBreaks() {
    ReportTable table =
        new ReportTable(
            "T",
            "R",
            List.of(new Column("c", "C")),
            List.of(new Row(null, "a;b", List.of(Cell.text("line\nbreak")))));

    assertThat(csv(table)).contains(";\"a;b\";C;c;\"line\nbreak\"\r\n");
  }

  @Test
  void shouldRefuseARowThatDoesNotFitItsColumns() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new ReportTable(
                    "T",
                    "R",
                    List.of(new Column("c", "C")),
                    List.of(new Row(null, "r", List.of()))));
  }

  private static String csv(ReportTable table) {
    return new String(
        TableCsv.write(List.of("Kommune"), List.of("Fræna"), LINE_HEADER, List.of(table)),
        StandardCharsets.UTF_8);
  }
}
