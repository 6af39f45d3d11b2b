package no.saman.survey.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitImportCheckTest {

  private static final Map<String, ImportedUnit> NONE = Map.of();

  private static UnitImportCheck.Plan check(String csv, Map<String, ImportedUnit> existing) {
    return UnitImportCheck.check(CsvRows.parse(csv), existing);
  }

  @Test
  void shouldAcceptHeaderNamesInNynorskBokmalAndEnglish() {
    String nn = "Einingskode;Namn;Overordna;Tilsette;Tenestetype\nHO;Helse;;0;anna\n";
    String nb = "enhetskode;navn;overordnet;ansatte;tjenestetype\nHO;Helse;;0;annet\n";
    String en = "Unit code,Name,Parent,Headcount,Service type\nHO,Helse,,0,other\n";

    for (String csv : List.of(nn, nb, en)) {
      UnitImportCheck.Plan plan = check(csv, NONE);
      assertThat(plan.result().rejected()).as(csv).isEmpty();
      assertThat(plan.toStore()).containsExactly(new ImportedUnit("HO", "Helse", null, 0, "anna"));
    }
  }

  @Test
  void shouldNameEveryBadFieldOfEveryLine() {
    String csv =
        """
        code;name;parent;headcount;type
        HO;Helse og omsorg;;0;anna
        SJH;Sjukeheimen;HO;12.5;sjukeheim
        HEIM;;HO;-3;heimeteneste
        SJH;Again;HO;4;sjukeheim
        DAG;Dagsenteret;NOPE;4;spa
        """;

    UnitImportCheck.Plan plan = check(csv, NONE);

    assertThat(plan.result().rejected())
        .extracting(r -> r.line() + ":" + r.field())
        .containsExactly("3:headcount", "4:name", "4:headcount", "5:code", "6:type", "6:parent")
        .hasSize(6);
    assertThat(plan.result().rejected().get(3).error()).contains("duplicate", "line 3");
    assertThat(plan.result().rejected().get(5).error()).contains("unknown parent NOPE");
    assertThat(plan.result().created()).isEqualTo(1);
    assertThat(plan.result().lines())
        .extracting(ImportResult.Line::change)
        .containsExactly("created", "rejected", "rejected", "rejected", "rejected");
  }

  @Test
  void shouldFindLoopsThroughTheFileAndTheRegisteredUnits() {
    Map<String, ImportedUnit> existing = Map.of("B", new ImportedUnit("B", "Bee", "A", 3, "anna"));
    String csv = "code,name,parent,headcount,type\nA,Ay,B,1,anna\nC,See,C,1,anna\n";

    UnitImportCheck.Plan plan = check(csv, existing);

    assertThat(plan.result().rejected())
        .containsExactly(
            new ImportResult.Rejected(
                2, "parent", "loop: A → B → A", "loop", Map.of("path", "A → B → A")),
            new ImportResult.Rejected(
                3, "parent", "loop: a unit cannot be its own parent", "own_parent", Map.of()));
  }

  @Test
  void shouldSortLinesIntoCreatedUpdatedUnchangedAndReportUnitsMissingFromTheFile() {
    Map<String, ImportedUnit> existing =
        Map.of(
            "HO", new ImportedUnit("HO", "Helse", null, 0, "anna"),
            "SJH", new ImportedUnit("SJH", "Sjukeheimen", "HO", 10, "sjukeheim"),
            "OLD", new ImportedUnit("OLD", "Gamle", "HO", 2, "anna"));
    String csv =
        "code,name,parent,headcount,type\nHO,Helse,,0,anna\nSJH,Sjukeheimen,HO,12,sykehjem\n"
            + "NEW,Ny,HO,1 200,barnehage\n";

    ImportResult result = check(csv, existing).result();

    assertThat(result.created()).isEqualTo(1);
    assertThat(result.updated()).isEqualTo(1);
    assertThat(result.unchanged()).isEqualTo(1);
    assertThat(result.missing()).containsExactly("OLD");
    assertThat(result.rejected()).isEmpty();
  }

  @Test
  void shouldRejectAHeaderWithoutTheRequiredColumns() {
    ImportResult result = check("code;name\nA;Ay\n", NONE).result();

    assertThat(result.rejected())
        .extracting(ImportResult.Rejected::field)
        .containsExactly("headcount", "type");
    assertThat(result.rejected()).allSatisfy(r -> assertThat(r.line()).isEqualTo(1));
  }

  @Test
  void shouldRejectAChildOfARejectedLine() {
    String csv = "code,name,parent,headcount,type\nA,,,1,anna\nB,Bee,A,1,anna\n";

    assertThat(check(csv, NONE).result().rejected())
        .extracting(r -> r.line() + ":" + r.field())
        .containsExactly("2:name", "3:parent");
  }
}
