package no.saman.reports.unit;

import static no.saman.reports.ReportExamples.renderer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.saman.reports.Csv;
import no.saman.reports.PdfPages;
import no.saman.reports.ReportFormat;
import no.saman.reports.unit.UnitReportModel.IndicatorRow;
import no.saman.reports.unit.UnitReportModel.PositionSizeBand;
import org.junit.jupiter.api.Test;

/** Callers of the first version build the model with its ten components; they must still work. */
class UnitReportCompatibilityTest {

  private static final Locale NYNORSK = Locale.forLanguageTag("nn");

  private static UnitReportModel firstVersionModel() {
    return new UnitReportModel(
        "Fræna",
        "Institusjonstenesta",
        "Heiltid og deltid i Fræna",
        "2013-autumn",
        false,
        57,
        0.63,
        List.of(
            new IndicatorRow("avg_position_size", 58.51, 71.05),
            new IndicatorRow("wants_larger_share", 0.42, 0.42),
            new IndicatorRow("hidden_fte", 5.3, 9.8)),
        List.of(
            new PositionSizeBand("1–49 %", 18, 6),
            new PositionSizeBand("50–74 %", 21, 17),
            new PositionSizeBand("75–99 %", 12, 20),
            new PositionSizeBand("100 %", 6, 14)),
        LocalDate.of(2026, 11, 23));
  }

  @Test
  void shouldDefaultTheNewSectionsToEmpty() {
    UnitReportModel model = firstVersionModel();

    assertThat(model.serviceType()).isNull();
    assertThat(model.previousWave()).isNull();
    assertThat(model.competenceUse()).isEmpty();
    assertThat(model.leadershipItems()).isEmpty();
    assertThat(model.scaleIndices()).isEmpty();
    assertThat(model.goals()).isEmpty();
    assertThat(model.comments()).isEmpty();
    assertThat(model.indicators().get(0).change()).isNull();
  }

  @Test
  void shouldRenderTheFirstVersionModelOnOnePageWithoutTheMissingSections() throws Exception {
    byte[] pdf = renderer().renderUnitReport(firstVersionModel(), ReportFormat.PDF, NYNORSK);

    PdfPages pages = PdfPages.read(pdf, "unit-nn-first-version");

    assertThat(pages.pageCount()).isEqualTo(1);
    assertThat(pages.text())
        .contains("Indikator Eininga Kommunen\n")
        .contains("Gjennomsnittleg stillingsstorleik 58,51 % 71,05 %\n")
        .contains("Skjulte årsverk 5,3 –\n", "Heiltid og deltid")
        .doesNotContain("Tenestetype", "Endring", "Kompetanse", "Mål og framdrift");
  }

  @Test
  void shouldRenderTheFirstVersionModelInEveryFormat() {
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(renderer().renderUnitReport(firstVersionModel(), format, NYNORSK)).isNotEmpty();
    }
    byte[] csv = renderer().renderUnitReport(firstVersionModel(), ReportFormat.CSV, NYNORSK);
    assertThat(Csv.values(csv, "Nøkkeltal", "Skjulte årsverk", "Eininga")).containsExactly("5,3");
  }
}
