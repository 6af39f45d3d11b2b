package no.saman.reports.municipality;

import static no.saman.reports.ReportExamples.fraena;
import static no.saman.reports.ReportExamples.renderer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import no.saman.reports.Csv;
import no.saman.reports.PdfPages;
import no.saman.reports.ReportFormat;
import no.saman.reports.Xlsx;
import no.saman.reports.group.GroupFigures;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;

class MunicipalityReportTest {

  private static final Locale NYNORSK = Locale.forLanguageTag("nn");
  private static final String UNITS = "Einingane side om side";
  private static final String TOO_FEW = "for få svar";

  @Test
  void shouldShowEveryUnitSideBySideWithTheTotalInNynorsk() throws Exception {
    PdfPages pages = pdf(NYNORSK, "municipality-nn");

    assertThat(pages.pageCount()).isEqualTo(2);
    assertThat(pages.text())
        .contains("Resultat for kommunen", "Fræna (1548)", "Svar 250", "Svarprosent 64,0 %")
        .contains("Eining Svar Svarprosent Snitt stilling Heiltid Vil ha større")
        .contains("Institusjonstenesta 57 63,0 % 58,51 % 11,0 % 42,0 % 37,0 % 5,3")
        .contains("Heimebaserte tenester 64 71,0 % 66,20 % 19,0 % 48,0 % 41,0 % 7,9")
        .contains("Skulane 52 61,0 % 84,60 % 55,0 % 33,0 % 18,0 % 6,2")
        .contains("Fræna i alt 250 64,0 % 71,05 % 27,0 % 42,0 % 31,0 % 31,4")
        .contains("Fargar: blått er betre enn kommunen");
  }

  @Test
  void shouldMarkSuppressedUnitsInEveryColumnAndPrintNoFigureOfThem() throws Exception {
    String text = pdf(NYNORSK, "municipality-nn").text();

    String tooFewRow = "for få svar ".repeat(6) + TOO_FEW;
    assertThat(text).contains("Kjøkenet " + tooFewRow, "Reinhald " + tooFewRow);
  }

  @Test
  void shouldDrawATrendChartPerIndicatorOverTheWaves() throws Exception {
    PdfPages pages = pdf(NYNORSK, "municipality-nn");

    assertThat(pages.text())
        .contains("Utvikling over målingane", "2013-spring")
        .contains("68,90 %", "70,10 %", "38,2", "Del i ufrivillig deltid");
    assertThat(pages.inkBetween(1, 0.58, 0.76)).as("trend charts").isGreaterThan(0.03);
  }

  @Test
  void shouldUseBokmalAndEnglish() throws Exception {
    assertThat(pdf(Locale.forLanguageTag("nb"), "municipality-nb").text())
        .contains("Enhetene side om side", "Fræna totalt 250 64,0 % 71,05 %", "Enhet Svar");
    assertThat(pdf(Locale.forLanguageTag("en"), "municipality-en").text())
        .contains("The units side by side", "Fræna in total 250 64.0% 71.05% 27.0% 42.0%")
        .contains("Kjøkenet too few");
  }

  @Test
  void shouldHoldTheModelsNumbersInNumericCellsOfOneSheetPerTable() throws Exception {
    var model = fraena();
    Xlsx xlsx = Xlsx.read(renderer().renderMunicipalityReport(model, ReportFormat.XLSX, NYNORSK));

    assertThat(xlsx.sheetNames()).containsExactly("Oversikt", UNITS, "Utvikling over målingane");
    for (GroupFigures unit : model.units()) {
      if (unit.suppressed()) {
        var cell = xlsx.cell(UNITS, unit.name(), "Gjennomsnittleg stillingsstorleik");
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(TOO_FEW);
        continue;
      }
      assertThat(xlsx.number(UNITS, unit.name(), "Svar")).isEqualTo((double) unit.responses());
      assertThat(xlsx.number(UNITS, unit.name(), "Svarprosent")).isEqualTo(unit.responseRate());
      assertThat(xlsx.number(UNITS, unit.name(), "Gjennomsnittleg stillingsstorleik"))
          .isEqualTo(unit.value("avg_position_size"));
      assertThat(xlsx.number(UNITS, unit.name(), "Del som ønskjer større stilling"))
          .isEqualTo(unit.value("wants_larger_share"));
      assertThat(xlsx.number(UNITS, unit.name(), "Skjulte årsverk"))
          .isEqualTo(unit.value("hidden_fte"));
    }
    assertThat(xlsx.number(UNITS, "Fræna i alt", "Gjennomsnittleg stillingsstorleik"))
        .isEqualTo(71.05);
  }

  @Test
  void shouldWriteTheSameFiguresToCsv() throws Exception {
    byte[] csv = renderer().renderMunicipalityReport(fraena(), ReportFormat.CSV, NYNORSK);

    assertThat(Csv.lines(csv).get(0)).isEqualTo("Kommune;Måling;Tabell;Rad;Kolonne;id;Verdi");
    assertThat(Csv.lines(csv))
        .contains(
            "Fræna;2013-autumn;Einingane side om side;Institusjonstenesta;"
                + "Gjennomsnittleg stillingsstorleik;avg_position_size;58,51 %",
            "Fræna;2013-autumn;Einingane side om side;Kjøkenet;"
                + "Gjennomsnittleg stillingsstorleik;avg_position_size;for få svar",
            "Fræna;2013-autumn;Utvikling over målingane;Fræna;Skjulte årsverk;hidden_fte;38,2");
    assertThat(Csv.values(csv, UNITS, "Kjøkenet", "Svar")).containsExactly(TOO_FEW);
  }

  private static PdfPages pdf(Locale locale, String name) throws Exception {
    return PdfPages.read(
        renderer().renderMunicipalityReport(fraena(), ReportFormat.PDF, locale), name);
  }
}
