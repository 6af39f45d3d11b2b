package no.saman.reports.letter;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReport;
import no.saman.reports.format.Labels;
import no.saman.reports.format.ReportLanguage;
import no.saman.reports.jasper.PdfFile;
import no.saman.reports.jasper.QrCode;
import no.saman.reports.jasper.Templates;

/** Fills the letter template (loaded once): the shared texts as parameters, one row per link. */
final class LetterPdf {

  private final JasperReport template = Templates.load("invitation-letter");

  byte[] render(LetterModel model, Labels labels) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("MUNICIPALITY_NAME", model.municipalityName());
    parameters.put("ROUND_TITLE", model.roundTitle());
    parameters.put("ADDRESSEE", labels.format("letter.to", model.unitName()));
    parameters.put(
        "INTRO", labels.format("letter.intro", model.municipalityName(), model.roundTitle()));
    parameters.put("HOW_TO", labels.get("letter.how"));
    parameters.put(
        "DEADLINE", labels.format("letter.deadline", deadline(model, labels.language())));
    parameters.put("ANONYMITY_HEADING", labels.get("letter.anonymous.heading"));
    parameters.put("ANONYMITY_TEXT", labels.get("letter.anonymous.text"));
    parameters.put("ONCE", labels.get("letter.once"));
    List<Map<String, ?>> rows =
        model.links().stream()
            .<Map<String, ?>>map(link -> Map.of("link", link, "qr", new QrCode(link)))
            .toList();
    return PdfFile.renderRows(
        template,
        parameters,
        rows,
        labels,
        labels.get("letter.title") + " – " + model.roundTitle());
  }

  /** "10. desember 2026" in Norwegian, "10 December 2026" in English. */
  static String deadline(LetterModel model, ReportLanguage language) {
    String pattern = language == ReportLanguage.ENGLISH ? "d MMMM yyyy" : "d. MMMM yyyy";
    return DateTimeFormatter.ofPattern(pattern, language.locale()).format(model.deadline());
  }
}
