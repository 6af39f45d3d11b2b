package no.saman.reports.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FigureFormatTest {

  private final FigureFormat nynorsk = new FigureFormat(ReportLanguage.NYNORSK);
  private final FigureFormat bokmal = new FigureFormat(ReportLanguage.BOKMAL);
  private final FigureFormat english = new FigureFormat(ReportLanguage.ENGLISH);

  @Test
  void shouldWriteNorwegianPercentWithDecimalCommaAndSpacedSign() {
    assertThat(nynorsk.percent(58.51, 2)).isEqualTo("58,51 %");
    assertThat(bokmal.percent(71.05, 2)).isEqualTo("71,05 %");
    assertThat(english.percent(58.51, 2)).isEqualTo("58.51%");
  }

  @Test
  void shouldWriteSharesAsPercentWithOneDecimal() {
    assertThat(nynorsk.share(0.42)).isEqualTo("42,0 %");
    assertThat(nynorsk.share(0.633)).isEqualTo("63,3 %");
    assertThat(nynorsk.share(1.0)).isEqualTo("100,0 %");
    assertThat(english.share(0.633)).isEqualTo("63.3%");
    assertThat(nynorsk.share(13 / 40.0)).isEqualTo("32,5 %");
    assertThat(nynorsk.share(8 / 19.0)).isEqualTo("42,1 %");
  }

  @Test
  void shouldRoundHalfUpOnTheDecimalValueAsWritten() {
    assertThat(nynorsk.share(0.4225)).isEqualTo("42,3 %");
    assertThat(nynorsk.decimal(5.25, 1)).isEqualTo("5,3");
    assertThat(english.percent(58.505, 2)).isEqualTo("58.51%");
    assertThat(nynorsk.decimal(0.04, 1)).isEqualTo("0,0");
  }

  @Test
  void shouldKeepTrailingZerosAndUseNoGrouping() {
    assertThat(nynorsk.decimal(5, 1)).isEqualTo("5,0");
    assertThat(nynorsk.decimal(1234.5, 1)).isEqualTo("1234,5");
    assertThat(english.decimal(9.8, 1)).isEqualTo("9.8");
  }

  @Test
  void shouldWriteTheDateInTheLanguagesLongForm() {
    LocalDate date = LocalDate.of(2026, 11, 23);

    assertThat(nynorsk.date(date)).isEqualTo("23. november 2026");
    assertThat(english.date(date)).isEqualTo("November 23, 2026");
  }

  @Test
  void shouldSignChangesAndLeaveZeroUnsigned() {
    assertThat(nynorsk.signed(3.2, 2)).isEqualTo("+3,20");
    assertThat(nynorsk.signed(-0.25, 2)).isEqualTo("-0,25");
    assertThat(english.signed(0.004, 2)).isEqualTo("0.00");
  }

  @Test
  void shouldWriteChangesOfSharesInPercentagePoints() {
    assertThat(IndicatorFormat.byId("wants_larger_share").formatChange(nynorsk, -0.09))
        .isEqualTo("-9,0");
    assertThat(IndicatorFormat.byId("wants_larger_share").formatChange(nynorsk, 0.325 - 0.3))
        .isEqualTo("+2,5");
    assertThat(IndicatorFormat.byId("avg_position_size").formatChange(nynorsk, 3.2))
        .isEqualTo("+3,20");
    assertThat(IndicatorFormat.byId("mastery_leadership_index").formatChange(english, 0.21))
        .isEqualTo("+0.21");
  }

  @Test
  void shouldGiveSpreadsheetFormatsThatMatchThePrintedFigures() {
    assertThat(IndicatorFormat.byId("avg_position_size").excelFormat()).isEqualTo("0.00\\ \\%");
    assertThat(IndicatorFormat.byId("wants_larger_share").excelFormat()).isEqualTo("0.0%");
    assertThat(IndicatorFormat.byId("hidden_fte").excelFormat()).isEqualTo("0.0");
    assertThat(IndicatorFormat.byId("wants_larger_share").excelChangeFormat())
        .isEqualTo("+0.0%;-0.0%;0.0%");
  }

  @Test
  void shouldChartSharesInPercentOnAFixedAxis() {
    IndicatorFormat share = IndicatorFormat.byId("full_time_share");

    assertThat(share.chartValue(0.27)).isEqualTo(27.0);
    assertThat(share.chartRange()).containsExactly(0, 100);
    assertThat(IndicatorFormat.byId("presence_index").chartRange()).containsExactly(1, 5);
    assertThat(IndicatorFormat.byId("hidden_fte").chartRange()).isNull();
  }

  @Test
  void shouldWriteChartLabelsLikeTheTables() {
    assertThat(new FigureNumberFormat(ReportLanguage.NYNORSK, 0, true).format(42.0))
        .isEqualTo("42 %");
    assertThat(new FigureNumberFormat(ReportLanguage.ENGLISH, 1, false).format(3.55))
        .isEqualTo("3.6");
  }

  @Test
  void shouldFormatEachIndicatorByItsId() {
    assertThat(IndicatorFormat.byId("avg_position_size").format(nynorsk, 58.51))
        .isEqualTo("58,51 %");
    assertThat(IndicatorFormat.byId("wants_larger_share").format(nynorsk, 0.42))
        .isEqualTo("42,0 %");
    assertThat(IndicatorFormat.byId("hidden_fte").format(nynorsk, 5.3)).isEqualTo("5,3");
    assertThat(IndicatorFormat.byId("sick_leave_pct").format(nynorsk, 6.9)).isEqualTo("6,9 %");
    assertThat(IndicatorFormat.byId("presence_index").format(nynorsk, 3.7)).isEqualTo("3,70");
    assertThatIllegalArgumentException().isThrownBy(() -> IndicatorFormat.byId("nope"));
  }
}
