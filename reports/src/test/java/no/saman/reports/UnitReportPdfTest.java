package no.saman.reports;

import static no.saman.reports.UnitReportExamples.institusjonstenesta;
import static no.saman.reports.UnitReportExamples.renderer;
import static no.saman.reports.UnitReportExamples.suppressedKitchen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnitReportPdfTest {

  private static final Locale NYNORSK = Locale.forLanguageTag("nn");
  private static final Locale BOKMAL = Locale.forLanguageTag("nb");
  private static final Locale ENGLISH = Locale.forLanguageTag("en");

  @Test
  void shouldShowTheUnitAndItsMunicipalityOnOnePageInNynorsk() throws Exception {
    byte[] pdf = renderer().renderUnitReport(institusjonstenesta(), ReportFormat.PDF, NYNORSK);

    PdfPages pages = PdfPages.read(pdf, "unit-nn");

    assertThat(pages.pageCount()).isEqualTo(1);
    assertThat(pages.text())
        .contains("Resultat for eininga", "Institusjonstenesta", "Fræna")
        .contains("Heiltid og deltid i Fræna", "2013-autumn")
        .contains("Svar 57", "Svarprosent 63 %")
        .contains("Gjennomsnittleg stillingsstorleik 58,51 % 71,05 %")
        .contains("Del som ønskjer større stilling 42 % 42 %")
        .contains("Skjulte årsverk 5,3 9,8")
        .contains("Grupper med færre enn 5 svar blir ikkje viste (for få svar).")
        .contains("Generert 23. november 2026", "Side 1 av 1");
    assertThat(pages.inkBetween(0.40, 0.70)).as("chart area").isGreaterThan(0.05);
  }

  @Test
  void shouldEmbedDejaVuFontsSoNorwegianLettersRenderEverywhere() throws Exception {
    byte[] pdf = renderer().renderUnitReport(institusjonstenesta(), ReportFormat.PDF, NYNORSK);

    assertThat(PdfPages.read(pdf, "unit-nn").fonts())
        .isNotEmpty()
        .allSatisfy(font -> assertThat(font).contains("DejaVuSans").doesNotContain("not embedded"));
  }

  @Test
  void shouldUseBokmalLabels() throws Exception {
    byte[] pdf = renderer().renderUnitReport(institusjonstenesta(), ReportFormat.PDF, BOKMAL);

    assertThat(PdfPages.read(pdf, "unit-nb").text())
        .contains("Resultat for enheten", "Gjennomsnittlig stillingsstørrelse 58,51 % 71,05 %")
        .contains("Andel som ønsker større stilling 42 % 42 %", "Skjulte årsverk 5,3 9,8");
  }

  @Test
  void shouldUseDecimalPointsAndEnglishLabelsInEnglish() throws Exception {
    byte[] pdf = renderer().renderUnitReport(institusjonstenesta(), ReportFormat.PDF, ENGLISH);

    PdfPages pages = PdfPages.read(pdf, "unit-en");

    assertThat(pages.pageCount()).isEqualTo(1);
    assertThat(pages.text())
        .contains("Unit results", "Response rate 63%")
        .contains("Average position size 58.51% 71.05%")
        .contains("Share wanting a larger position 42% 42%")
        .contains("Hidden full-time equivalents 5.3 9.8")
        .contains("Generated November 23, 2026", "Page 1 of 1")
        .doesNotContain("58,51");
  }

  @Test
  void shouldPrintTooFewResponsesInsteadOfEveryUnitFigureWhenSuppressed() throws Exception {
    byte[] pdf = renderer().renderUnitReport(suppressedKitchen(), ReportFormat.PDF, NYNORSK);

    PdfPages pages = PdfPages.read(pdf, "unit-nn-suppressed");

    assertThat(pages.pageCount()).isEqualTo(1);
    assertThat(pages.text())
        .contains("Kjøkenet", "Svar for få svar", "Svarprosent for få svar")
        .contains("Gjennomsnittleg stillingsstorleik for få svar 71,05 %")
        .contains("Del som ønskjer større stilling for få svar 42 %")
        .contains("Skjulte årsverk for få svar 9,8")
        .doesNotContain("58,51", "5,3", "57", "63 %", "null");
    assertThat(pages.inkBetween(0.40, 0.70)).as("chart area").isZero();
  }

  @Test
  void shouldSayTooFewResponsesInEnglish() throws Exception {
    byte[] pdf = renderer().renderUnitReport(suppressedKitchen(), ReportFormat.PDF, ENGLISH);

    assertThat(PdfPages.read(pdf, "unit-en-suppressed").text())
        .contains("Responses too few responses", "Average position size too few responses 71.05%")
        .doesNotContain("for få svar");
  }
}
