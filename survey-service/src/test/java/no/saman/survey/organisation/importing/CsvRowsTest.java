package no.saman.survey.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  @Test
  void shouldTakeTheSeparatorTheHeaderUses() {
    assertThat(CsvRows.separator("kode;namn;tilsette\n1,2")).isEqualTo(';');
    assertThat(CsvRows.separator("code,name,\"a;b\"\n")).isEqualTo(',');
    assertThat(CsvRows.separator("code")).isEqualTo(',');
  }

  @Test
  void shouldReadQuotedFieldsAndKeepTheLineEachRowStartsOn() {
    List<CsvRows.Row> rows =
        CsvRows.parse("code,name\r\nA,\"Heim, \"\"sør\"\"\"\r\n\r\nB,\"two\nlines\"\nC,plain");

    assertThat(rows)
        .containsExactly(
            new CsvRows.Row(1, List.of("code", "name")),
            new CsvRows.Row(2, List.of("A", "Heim, \"sør\"")),
            new CsvRows.Row(4, List.of("B", "two\nlines")),
            new CsvRows.Row(6, List.of("C", "plain")));
  }
}
