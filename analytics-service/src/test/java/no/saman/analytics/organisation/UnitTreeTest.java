package no.saman.analytics.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

  private final UnitTree fraena =
      new UnitTree(
          List.of(
              unit("1548-PLO", null, 5),
              unit("1548-PLO-INST", "1548-PLO", 90),
              unit("1548-PLO-INST-A", "1548-PLO-INST", 12),
              unit("1548-HEIM", null, 230)));

  @Test
  void shouldAddTheHeadcountsOfEveryUnitBelow() {
    assertThat(fraena.subtreeHeadcount("1548-PLO")).hasValue(107);
    assertThat(fraena.subtreeHeadcount("1548-PLO-INST")).hasValue(102);
    assertThat(fraena.subtreeHeadcount("1548-HEIM")).hasValue(230);
    assertThat(fraena.totalHeadcount()).hasValue(337);
  }

  @Test
  void shouldNotKnowTheHeadcountOfAnUnknownUnit() {
    assertThat(fraena.subtreeHeadcount("1548-SKULE")).isEmpty();
    assertThat(new UnitTree(List.of()).totalHeadcount()).isEmpty();
  }

  private static OrgUnit unit(String code, String parent, int headcount) {
    return new OrgUnit(
        OrgUnit.idOf("1548", code), "1548", code, code, parent, headcount, "sjukeheim");
  }
}
