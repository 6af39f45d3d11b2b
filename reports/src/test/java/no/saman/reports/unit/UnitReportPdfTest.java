package no.saman.reports.unit;

import static no.saman.reports.ReportExamples.institusjonstenesta;
import static no.saman.reports.ReportExamples.renderer;
import static no.saman.reports.ReportExamples.suppressedKitchen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import no.saman.reports.PdfPages;
import no.saman.reports.ReportFormat;
import org.junit.jupiter.api.Test;

class UnitReportPdfTest {

  private static final Locale NYNORSK = Locale.forLanguageTag("nn");
  private static final Locale BOKMAL = Locale.forLanguageTag("nb");
  private static final Locale ENGLISH = Locale.forLanguageTag("en");

  @Test
  void shouldShowCoverKeyFiguresWithComparisonsAndChangeInNynorsk() throws Exception {
    PdfPages pages = render(institusjonstenesta(), NYNORSK, "unit-nn");

    assertThat(pages.pageCount()).isEqualTo(3);
    assertThat(pages.text())
        .contains("Resultat for eininga", "Institusjonstenesta", "Kommune Fræna")
        .contains("Undersøking Heiltid og deltid i Fræna", "Måling 2013-autumn")
        .contains("Tenestetype Sjukeheim", "Svar 57", "Svarprosent 63,0 %")
        .contains("Gjennomsnittleg stillingsstorleik 58,51 % 71,05 % 63,30 % 72,40 % +3,20 *")
        .contains("Del i heiltid 11,0 % 27,0 % 21,0 % 39,0 % +4,0\n")
        .contains("Del som ønskjer større stilling 42,0 % 42,0 % 38,0 % 31,0 % -9,0 *")
        .contains("Skjulte årsverk 5,3 – – – –")
        .contains("Meistringsorientert leiing (1–5) 3,31 3,51 3,40 3,58 +0,21 *")
        .contains("* Endringa er større enn tilfeldig variasjon (95 % konfidensintervall).");
  }

  @Test
  void shouldHaveASectionWithChartsPerModuleThenGoalsAndComments() throws Exception {
    PdfPages pages = render(institusjonstenesta(), NYNORSK, "unit-nn");

    assertThat(pages.text())
        .contains("Heiltid og deltid", "Kompetanse", "Leiing", "Indeksar")
        .contains("Noverande Ønskt", "1–49 % 50–74 % 75–99 % 100 %")
        .contains("Svært dårleg Dårleg Nokså godt Godt Svært godt")
        .contains("L6 Held meg informert om ulike karrieremoglegheiter")
        .contains("Mål og framdrift", "Frå 55,31 % (2012-baseline) til 65,00 % innan 2015")
        .contains("2013-spring 57,10 % 18,5 % I rute", "2013-autumn 58,51 % 33,0 % Bak planen")
        .contains("Kommentarar", "Eg har bede om større stilling i to år utan å få svar.");
    assertThat(pages.inkBetween(1, 0.58, 0.85)).as("position-size chart").isGreaterThan(0.04);
    assertThat(pages.inkBetween(2, 0.12, 0.38)).as("competence-use chart").isGreaterThan(0.04);
    assertThat(pages.inkBetween(2, 0.45, 0.75)).as("leadership chart").isGreaterThan(0.04);
  }

  @Test
  void shouldPrintPageNumbersGenerationDateAndTheAnonymityLegendOnEveryPage() throws Exception {
    String text = render(institusjonstenesta(), NYNORSK, "unit-nn").text();

    for (int page = 1; page <= 3; page++) {
      assertThat(text).contains("Generert 23. november 2026 Side " + page + " av 3");
    }
    assertThat(text.split("Grupper med færre enn 5 svar blir ikkje viste \\(for få svar\\)\\."))
        .hasSize(4);
  }

  @Test
  void shouldEmbedDejaVuFontsSoNorwegianLettersRenderEverywhere() throws Exception {
    PdfPages pages = render(institusjonstenesta(), NYNORSK, "unit-nn");

    assertThat(pages.fonts())
        .isNotEmpty()
        .allSatisfy(font -> assertThat(font).contains("DejaVuSans").doesNotContain("not embedded"));
    assertThat(pages.text()).contains("æ", "ø", "å");
  }

  @Test
  void shouldUseBokmalLabels() throws Exception {
    assertThat(render(institusjonstenesta(), BOKMAL, "unit-nb").text())
        .contains("Resultat for enheten", "Nøkkeltall", "Tjenestetype Sjukeheim")
        .contains("Gjennomsnittlig stillingsstørrelse 58,51 % 71,05 % 63,30 % 72,40 % +3,20 *")
        .contains("Andel som ønsker større stilling 42,0 % 42,0 % 38,0 % 31,0 % -9,0 *")
        .contains("Mål og fremdrift", "Kommentarer", "Ledelse");
  }

  @Test
  void shouldUseDecimalPointsAndEnglishLabelsInEnglish() throws Exception {
    PdfPages pages = render(institusjonstenesta(), ENGLISH, "unit-en");

    assertThat(pages.pageCount()).isEqualTo(3);
    assertThat(pages.text())
        .contains("Unit results", "Response rate 63.0%", "Key figures")
        .contains("Average position size 58.51% 71.05% 63.30% 72.40% +3.20 *")
        .contains("Share wanting a larger position 42.0% 42.0% 38.0% 31.0% -9.0 *")
        .contains("Generated November 23, 2026", "Page 1 of 3", "Goals and progress")
        .doesNotContain("58,51", "Eininga");
  }

  @Test
  void shouldPrintTooFewResponsesInsteadOfEveryUnitFigureWhenSuppressed() throws Exception {
    PdfPages pages = render(suppressedKitchen(), NYNORSK, "unit-nn-suppressed");

    assertThat(pages.pageCount()).isEqualTo(1);
    assertThat(pages.text())
        .contains("Kjøkenet", "Svar for få svar", "Svarprosent for få svar")
        .contains("Eininga har færre enn 5 svar i denne målinga.")
        .contains("Gjennomsnittleg stillingsstorleik for få svar 71,05 % – 72,40 % for få svar")
        .contains("Del som ønskjer større stilling for få svar 42,0 % – 31,0 % for få svar")
        .contains("Skjulte årsverk for få svar 9,8 – – for få svar")
        .contains("2013-autumn for få svar for få svar for få svar")
        .doesNotContain("null", "Heiltid og deltid\n", "Kommentarar", "Endringa er større");
  }

  @Test
  void shouldSayTooFewResponsesInEnglish() throws Exception {
    assertThat(render(suppressedKitchen(), ENGLISH, "unit-en-suppressed").text())
        .contains("Responses too few responses")
        .contains("Average position size too few\nresponses 71.05% – 72.40% too few\nresponses")
        .doesNotContain("for få svar");
  }

  private static PdfPages render(UnitReportModel model, Locale locale, String name)
      throws Exception {
    return PdfPages.read(renderer().renderUnitReport(model, ReportFormat.PDF, locale), name);
  }
}
