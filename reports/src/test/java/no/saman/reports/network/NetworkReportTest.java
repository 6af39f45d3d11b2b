package no.saman.reports.network;

import static no.saman.reports.ReportExamples.nordVest;
import static no.saman.reports.ReportExamples.renderer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import no.saman.reports.Csv;
import no.saman.reports.PdfPages;
import no.saman.reports.ReportFormat;
import no.saman.reports.TenMunicipalities;
import no.saman.reports.Xlsx;
import no.saman.reports.format.Labels;
import no.saman.reports.format.ReportLanguage;
import no.saman.reports.network.NetworkReportModel.MemberMunicipality;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;

class NetworkReportTest {

  private static final Locale NYNORSK = Locale.forLanguageTag("nn");
  private static final String COMPARISON = "Kommunane side om side";
  private static final String TOO_FEW = "for få svar";

  @Test
  void shouldCompareEachMunicipalityWithTheNetworkAndAllParticipants() throws Exception {
    PdfPages pages = pdf(nordVest(), NYNORSK, "network-nn");

    assertThat(pages.pageCount()).isEqualTo(4);
    assertThat(pages.text())
        .contains("Nettverkssamanlikning", "Sykefravær Nord-Vest", "Tema Sjukefråvær")
        .contains("Måling 2013-autumn", "Kommunar 5")
        .contains("Bømlo 212 61,0 % 8,6 % 3,62 3,49 70,20 % 36,0 %")
        .contains("Steinkjer 486 66,0 % 7,4 % 3,68 3,61 76,90 % 29,0 %")
        .contains("Vefsn 354 70,0 % 6,9 % 3,74 3,66 74,30 % 32,0 %")
        .contains("Nettverket (N = 5) – – 7,7 % 3,66 3,56 73,10 % 33,0 %")
        .contains("Alle deltakarar (N = 110) – – 8,1 % 3,66 3,55 72,40 % 31,0 %");
  }

  @Test
  void shouldMarkSuppressedMunicipalitiesEverywhereWithoutAFigure() throws Exception {
    String text = pdf(nordVest(), NYNORSK, "network-nn").text();

    String tooFewRow = "for få svar ".repeat(6) + TOO_FEW;
    assertThat(text)
        .contains("Jondal " + tooFewRow, "Sund " + tooFewRow)
        .contains("Jondal: for få svar", "Sund: for få svar")
        .contains("Jondal: Sjukefråvær (register)", "2013-autumn for få svar for få svar");
  }

  @Test
  void shouldDrawBarsPerIndicatorTrendsAndGoalStatusPerMunicipality() throws Exception {
    PdfPages pages = pdf(nordVest(), NYNORSK, "network-nn");

    assertThat(pages.text())
        .contains("Kvar kommune mot nettverket og alle deltakarar", "Utvikling over målingane")
        .contains("Mål per kommune", "Vefsn: Sjukefråvær (register)")
        .contains(
            "Frå 8,4 % (2012-baseline) til 6,9 % innan 2013", "2013-autumn 6,9 % 100,0 % Nådd")
        .contains("Bømlo: Sjukefråvær (register)", "2013-autumn 8,6 % 31,3 % Bak planen")
        .contains("Steinkjer: Nærværsindeks N2–N5 (1–5)", "2013-autumn 3,68 52,0 % I rute");
    assertThat(pages.inkBetween(1, 0.55, 0.75)).as("comparison charts").isGreaterThan(0.04);
    assertThat(pages.inkBetween(2, 0.7, 0.85)).as("trend charts").isGreaterThan(0.03);
  }

  @Test
  void shouldCompareTenMunicipalities() throws Exception {
    PdfPages pages = pdf(TenMunicipalities.model(), NYNORSK, "network-10-nn");

    assertThat(pages.pageCount()).isBetween(4, 7);
    for (MemberMunicipality member : TenMunicipalities.model().municipalities()) {
      assertThat(pages.text()).contains(member.name());
    }
  }

  @Test
  void shouldUseBokmalAndEnglish() throws Exception {
    assertThat(pdf(nordVest(), Locale.forLanguageTag("nb"), "network-nb").text())
        .contains("Nettverkssammenligning", "Alle deltakere (N = 110)", "Kommunene side om side");
    assertThat(pdf(nordVest(), Locale.forLanguageTag("en"), "network-en").text())
        .contains("Network comparison", "Bømlo 212 61.0% 8.6% 3.62 3.49 70.20% 36.0%")
        .contains("Jondal too few", "All participants (N = 110)");
  }

  @Test
  void shouldHoldTheModelsNumbersInNumericCellsOfOneSheetPerTable() throws Exception {
    NetworkReportModel model = nordVest();
    Xlsx xlsx = Xlsx.read(renderer().renderNetworkReport(model, ReportFormat.XLSX, NYNORSK));

    assertThat(xlsx.sheetNames())
        .containsExactly("Oversikt", COMPARISON, "Utvikling over målingane", "Mål per kommune");
    for (MemberMunicipality member : model.municipalities()) {
      for (String id : model.indicatorIds()) {
        String column = Labels.of(ReportLanguage.NYNORSK).indicator(id);
        var cell = xlsx.cell(COMPARISON, member.name(), column);
        if (member.figures().suppressed()) {
          assertThat(cell.getStringCellValue()).isEqualTo(TOO_FEW);
        } else {
          assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(cell.getNumericCellValue()).isEqualTo(member.figures().value(id));
        }
      }
    }
    assertThat(xlsx.number(COMPARISON, "Nettverket (N = 5)", "Sjukefråvær (register)"))
        .isEqualTo(7.7);
    assertThat(xlsx.number("Mål per kommune", "Vefsn: Sjukefråvær (register)", "Målverdi"))
        .isEqualTo(6.9);
  }

  @Test
  void shouldWriteTheSameFiguresToCsv() {
    byte[] csv = renderer().renderNetworkReport(nordVest(), ReportFormat.CSV, NYNORSK);

    assertThat(Csv.lines(csv).get(0)).isEqualTo("Nettverk;Måling;Tabell;Rad;Kolonne;id;Verdi");
    assertThat(Csv.values(csv, COMPARISON, "Bømlo", "Sjukefråvær (register)"))
        .containsExactly("8,6 %");
    assertThat(Csv.values(csv, COMPARISON, "Jondal", "Sjukefråvær (register)"))
        .containsExactly(TOO_FEW);
    assertThat(Csv.values(csv, COMPARISON, "Jondal", "Svar")).containsExactly(TOO_FEW);
  }

  private static PdfPages pdf(NetworkReportModel model, Locale locale, String name)
      throws Exception {
    return PdfPages.read(renderer().renderNetworkReport(model, ReportFormat.PDF, locale), name);
  }
}
