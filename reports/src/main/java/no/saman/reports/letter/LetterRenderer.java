package no.saman.reports.letter;

import java.util.Locale;
import java.util.Objects;
import no.saman.reports.format.Labels;
import no.saman.reports.format.ReportLanguage;

/**
 * Renders printed invitation letters, one A4 page per link with its QR code, for staff without work
 * e-mail; loads its template once, then renders from any number of threads.
 */
public final class LetterRenderer {

  private final LetterPdf pdf = new LetterPdf();

  /**
   * The letters as one PDF.
   *
   * @param locale {@code nn}, {@code nb} (or {@code no}) or {@code en}
   * @throws IllegalArgumentException for an unsupported locale
   */
  public byte[] render(LetterModel model, Locale locale) {
    Objects.requireNonNull(model, "model");
    return pdf.render(model, Labels.of(ReportLanguage.of(locale)));
  }
}
