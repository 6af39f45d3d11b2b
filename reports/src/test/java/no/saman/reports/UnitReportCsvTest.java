package no.saman.reports;

import static no.saman.reports.UnitReportExamples.institusjonstenesta;
import static no.saman.reports.UnitReportExamples.renderer;
import static no.saman.reports.UnitReportExamples.suppressedKitchen;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.saman.reports.unit.UnitReportModel;
import org.junit.jupiter.api.Test;

class UnitReportCsvTest {

  private static final Locale NYNORSK = Locale.forLanguageTag("nn");

  @Test
  void shouldWriteUtf8WithAHeaderRowAndTheFiguresOfThePdf() throws Exception {
    UnitReportModel model = institusjonstenesta();
    byte[] csv = renderer().renderUnitReport(model, ReportFormat.CSV, NYNORSK);
    String pdfText =
        PdfPages.read(renderer().renderUnitReport(model, ReportFormat.PDF, NYNORSK), "unit-nn")
            .text();

    List<String> lines = linesOf(csv);

    assertThat(lines.get(0))
        .isEqualTo(
            "Kommune;Eining;Undersøking;Måling;id;Indikator;Verdi for eininga;Verdi for kommunen");
    assertThat(lines)
        .contains(
            "Fræna;Institusjonstenesta;Heiltid og deltid i Fræna;2013-autumn;responses;Svar;57;",
            "Fræna;Institusjonstenesta;Heiltid og deltid i Fræna;2013-autumn;response_rate;Svarprosent;63 %;",
            "Fræna;Institusjonstenesta;Heiltid og deltid i Fræna;2013-autumn;avg_position_size;"
                + "Gjennomsnittleg stillingsstorleik;58,51 %;71,05 %",
            "Fræna;Institusjonstenesta;Heiltid og deltid i Fræna;2013-autumn;position_size_desired;"
                + "Ønskt: 100 %;14;");
    for (String line : lines.subList(3, 6)) {
      String[] cells = line.split(";", -1);
      assertThat(pdfText).contains(cells[5] + " " + cells[6] + " " + cells[7]);
    }
  }

  @Test
  void shouldStartWithAByteOrderMarkAndEndLinesWithCrLf() {
    byte[] csv = renderer().renderUnitReport(institusjonstenesta(), ReportFormat.CSV, NYNORSK);

    String text = new String(csv, StandardCharsets.UTF_8);

    assertThat(text).startsWith("\uFEFFKommune;").endsWith("\r\n");
  }

  @Test
  void shouldHoldNoUnitFigureWhenSuppressed() {
    byte[] csv = renderer().renderUnitReport(suppressedKitchen(), ReportFormat.CSV, NYNORSK);

    assertThat(linesOf(csv))
        .contains(
            "Fræna;Kjøkenet;Heiltid og deltid i Fræna;2013-autumn;responses;Svar;for få svar;",
            "Fræna;Kjøkenet;Heiltid og deltid i Fræna;2013-autumn;hidden_fte;Skjulte årsverk;"
                + "for få svar;9,8")
        .noneMatch(line -> line.contains(";position_size_"))
        .hasSize(6);
  }

  private static List<String> linesOf(byte[] csv) {
    return new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
  }
}
