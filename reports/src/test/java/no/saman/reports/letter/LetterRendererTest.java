package no.saman.reports.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.saman.reports.PdfPages;
import no.saman.reports.QrCodes;
import org.junit.jupiter.api.Test;

class LetterRendererTest {

  private static final LetterRenderer RENDERER = new LetterRenderer();
  private static final List<String> LINKS =
      List.of(
          "https://saman.example.no/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
          "https://saman.example.no/s/b-b_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
          "https://saman.example.no/s/C0123456789C0123456789C0123456789C012345678");

  private static LetterModel model() {
    return new LetterModel(
        "Fræna kommune",
        "Institusjonstenesta",
        "Heiltid og deltid 2026",
        LocalDate.of(2026, 12, 10),
        LINKS);
  }

  @Test
  void shouldPrintOneLetterPerLinkWithItsQrCodeReadingBackToTheSameLink() throws Exception {
    PdfPages pages =
        PdfPages.read(RENDERER.render(model(), Locale.forLanguageTag("nn")), "letters-nn");

    assertThat(pages.pageCount()).isEqualTo(3);
    assertThat(pages.text())
        .contains("Fræna kommune")
        .contains("Heiltid og deltid 2026")
        .contains("Til deg som arbeider ved Institusjonstenesta")
        .contains("Svarfrist: 10. desember 2026")
        .contains("Kvifor er undersøkinga anonym?");
    for (int page = 0; page < 3; page++) {
      assertThat(pages.text()).contains(LINKS.get(page));
      assertThat(QrCodes.decode(pages.images().get(page))).isEqualTo(LINKS.get(page));
    }
    assertThat(pages.fonts()).noneMatch(font -> font.contains("not embedded"));
  }

  @Test
  void shouldWriteTheLetterInBokmalAndEnglish() throws Exception {
    String bokmal =
        PdfPages.read(RENDERER.render(model(), Locale.forLanguageTag("nb")), "letters-nb").text();
    String english = PdfPages.read(RENDERER.render(model(), Locale.ENGLISH), "letters-en").text();

    assertThat(bokmal)
        .contains("Til deg som jobber ved Institusjonstenesta")
        .contains("Svarfrist: 10. desember 2026");
    assertThat(english)
        .contains("To you who work at Institusjonstenesta")
        .contains("Please answer by 10 December 2026")
        .contains("phone’s camera");
  }

  @Test
  void shouldRefuseAnUnsupportedLanguageAndALetterWithoutLinks() {
    assertThatThrownBy(() -> RENDERER.render(model(), Locale.GERMAN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LetterModel("F", "U", "R", LocalDate.of(2026, 1, 1), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
