package no.saman.reports.unit;

import static no.saman.reports.ReportExamples.institusjonstenesta;
import static no.saman.reports.ReportExamples.renderer;
import static no.saman.reports.ReportExamples.suppressedKitchen;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.saman.reports.Csv;
import no.saman.reports.PdfPages;
import no.saman.reports.ReportFormat;
import no.saman.reports.Xlsx;
import no.saman.reports.format.IndicatorFormat;
import no.saman.reports.format.Labels;
import no.saman.reports.format.ReportLanguage;
import no.saman.reports.unit.UnitReportModel.IndicatorRow;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;

class UnitReportSpreadsheetTest {

  private static final Locale NYNORSK = Locale.forLanguageTag("nn");
  private static final String SUMMARY = "Nøkkeltal";

  @Test
  void shouldWriteOneSheetPerTable() throws Exception {
    Xlsx xlsx = xlsx(institusjonstenesta());

    assertThat(xlsx.sheetNames())
        .containsExactly(
            "Oversikt",
            "Nøkkeltal",
            "Stillingsstorleik",
            "Kompetansebruk",
            "Leiing",
            "Indeksar",
            "Mål og framdrift",
            "Kommentarar");
  }

  @Test
  void shouldHoldTheModelsNumbersInNumericCells() throws Exception {
    UnitReportModel model = institusjonstenesta();
    Xlsx xlsx = xlsx(model);

    for (IndicatorRow row : model.indicators()) {
      String label = labelOf(row.id());
      assertThat(xlsx.number(SUMMARY, label, "Eininga")).as(row.id()).isEqualTo(row.unitValue());
      if (IndicatorFormat.byId(row.id()).isGroupTotal()) {
        assertThat(xlsx.cell(SUMMARY, label, "Kommunen").getCellType())
            .as(row.id() + ": a total is not compared with the municipality's total")
            .isEqualTo(CellType.STRING);
      } else {
        assertThat(xlsx.number(SUMMARY, label, "Kommunen")).isEqualTo(row.municipalityValue());
      }
      if (row.change() != null) {
        assertThat(xlsx.number(SUMMARY, label, "Endring sidan 2012-baseline"))
            .isEqualTo(row.change().difference());
        assertThat(xlsx.number(SUMMARY, label, "Endring, nedre grense (95 %)"))
            .isEqualTo(row.change().lower());
      }
    }
    assertThat(xlsx.number("Oversikt", "Svar", "Verdi")).isEqualTo(57);
    assertThat(xlsx.number("Oversikt", "Svarprosent", "Verdi")).isEqualTo(0.63);
    assertThat(xlsx.number("Stillingsstorleik", "1–49 %", "Noverande")).isEqualTo(18);
    assertThat(xlsx.number("Kompetansebruk", "Svært godt", "Eininga")).isEqualTo(0.18);
    assertThat(
            xlsx.number("Leiing", "L6 Held meg informert om ulike karrieremoglegheiter", "Eininga"))
        .isEqualTo(2.7);
    assertThat(xlsx.number("Mål og framdrift", "Gjennomsnittleg stillingsstorleik", "Utgangspunkt"))
        .isEqualTo(55.31);
  }

  @Test
  void shouldWriteAChangeWithoutAnIntervalAsANumberWithNoIntervalOrVerdict() throws Exception {
    UnitReportModel model =
        UnitModels.with(
            institusjonstenesta(),
            b ->
                b.indicators(
                    List.of(
                        new IndicatorRow(
                            "hidden_fte",
                            5.3,
                            9.8,
                            null,
                            null,
                            new UnitReportModel.Change(-0.4, null, null, null)))));
    Xlsx xlsx = xlsx(model);

    assertThat(xlsx.number(SUMMARY, "Skjulte årsverk", "Endring sidan 2012-baseline"))
        .isEqualTo(-0.4);
    assertThat(xlsx.cell(SUMMARY, "Skjulte årsverk", "Endring, nedre grense (95 %)").getCellType())
        .isEqualTo(CellType.STRING);
    assertThat(model.indicators().get(0).change().largerThanChance()).isFalse();
  }

  @Test
  void shouldNameTheModuleOfACommentByTheCataloguesModuleId() {
    UnitReportModel model =
        UnitModels.with(
            institusjonstenesta(),
            b -> b.comments(List.of(new UnitReportModel.Comment("NÆRVÆR", "Godt arbeidsmiljø"))));

    String csv =
        new String(
            renderer().renderUnitReport(model, ReportFormat.CSV, NYNORSK), StandardCharsets.UTF_8);

    assertThat(csv).contains(";Nærvær og arbeidsmiljø;");
  }

  @Test
  void shouldFormatNumericCellsAsThePdfPrintsThem() throws Exception {
    Xlsx xlsx = xlsx(institusjonstenesta());

    assertThat(xlsx.shown(SUMMARY, "Gjennomsnittleg stillingsstorleik", "Eininga"))
        .isEqualTo("58.51 %");
    assertThat(xlsx.shown(SUMMARY, "Del som ønskjer større stilling", "Eininga"))
        .isEqualTo("42.0%");
    assertThat(
            xlsx.shown(SUMMARY, "Del som ønskjer større stilling", "Endring sidan 2012-baseline"))
        .isEqualTo("-9.0%");
    assertThat(xlsx.shown(SUMMARY, "Skjulte årsverk", "Eininga")).isEqualTo("5.3");
  }

  @Test
  void shouldWriteTooFewResponsesAsTextAndNoUnitNumberWhenSuppressed() throws Exception {
    Xlsx xlsx = xlsx(suppressedKitchen());

    var cell = xlsx.cell(SUMMARY, "Gjennomsnittleg stillingsstorleik", "Eininga");
    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
    assertThat(cell.getStringCellValue()).isEqualTo("for få svar");
    assertThat(xlsx.number(SUMMARY, "Gjennomsnittleg stillingsstorleik", "Kommunen"))
        .isEqualTo(71.05);
    assertThat(xlsx.cell("Oversikt", "Svar", "Verdi").getStringCellValue())
        .isEqualTo("for få svar");
    assertThat(xlsx.sheetNames()).doesNotContain("Stillingsstorleik", "Kommentarar");
  }

  @Test
  void shouldWriteCsvWithAByteOrderMarkCrLfAndAHeader() {
    byte[] csv = renderer().renderUnitReport(institusjonstenesta(), ReportFormat.CSV, NYNORSK);

    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFKommune;Eining;Måling;Tabell;Rad;Kolonne;id;Verdi\r\n");
    assertThat(text).endsWith("\r\n");
    assertThat(Csv.lines(csv))
        .contains(
            "Fræna;Institusjonstenesta;2013-autumn;Oversikt;Svar;Verdi;responses;57",
            "Fræna;Institusjonstenesta;2013-autumn;Nøkkeltal;Gjennomsnittleg stillingsstorleik;"
                + "Eininga;avg_position_size;58,51 %",
            "Fræna;Institusjonstenesta;2013-autumn;Nøkkeltal;Del som ønskjer større stilling;"
                + "Endring sidan 2012-baseline;wants_larger_share;-9,0",
            "Fræna;Institusjonstenesta;2013-autumn;Stillingsstorleik;100 %;Ønskt;desired;14");
  }

  @Test
  void shouldWriteTheSameFiguresToCsvAsThePdf() throws Exception {
    UnitReportModel model = institusjonstenesta();
    byte[] csv = renderer().renderUnitReport(model, ReportFormat.CSV, NYNORSK);
    String pdf =
        PdfPages.read(renderer().renderUnitReport(model, ReportFormat.PDF, NYNORSK), "unit-nn")
            .text();

    for (String label :
        List.of("Gjennomsnittleg stillingsstorleik", "Del i heiltid", "Skjulte årsverk")) {
      List<String> figures =
          List.of("Eininga", "Kommunen", "Same tenestetype", "Alle deltakarar").stream()
              .map(column -> Csv.values(csv, SUMMARY, label, column).get(0))
              .toList();
      assertThat(pdf).contains(label + " " + String.join(" ", figures));
    }
  }

  @Test
  void shouldHoldNoUnitFigureInTheCsvWhenSuppressed() {
    byte[] csv = renderer().renderUnitReport(suppressedKitchen(), ReportFormat.CSV, NYNORSK);

    assertThat(Csv.values(csv, SUMMARY, "Gjennomsnittleg stillingsstorleik", "Eininga"))
        .containsExactly("for få svar");
    assertThat(Csv.values(csv, "Oversikt", "Svar", "Verdi")).containsExactly("for få svar");
    assertThat(Csv.lines(csv)).noneMatch(line -> line.contains(";Stillingsstorleik;"));
  }

  private static Xlsx xlsx(UnitReportModel model) throws Exception {
    return Xlsx.read(renderer().renderUnitReport(model, ReportFormat.XLSX, NYNORSK));
  }

  private static String labelOf(String id) {
    return Labels.of(ReportLanguage.NYNORSK).indicator(id);
  }
}
