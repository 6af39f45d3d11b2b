package no.saman.reports.format;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * A {@link NumberFormat} that writes chart ticks and bar labels through {@link FigureFormat}, so a
 * chart prints "42 %" or "3,6" exactly as the tables beside it do.
 */
public final class FigureNumberFormat extends NumberFormat {

  private static final long serialVersionUID = 1L;

  private final transient FigureFormat format;
  private final int decimals;
  private final boolean percent;

  /**
   * @param decimals decimals printed
   * @param percent whether the value is in percent and gets the language's percent sign
   */
  public FigureNumberFormat(ReportLanguage language, int decimals, boolean percent) {
    this.format = new FigureFormat(language);
    this.decimals = decimals;
    this.percent = percent;
  }

  @Override
  public StringBuffer format(double number, StringBuffer target, FieldPosition position) {
    return target.append(
        percent ? format.percent(number, decimals) : format.decimal(number, decimals));
  }

  @Override
  public StringBuffer format(long number, StringBuffer target, FieldPosition position) {
    return format((double) number, target, position);
  }

  @Override
  public Number parse(String source, ParsePosition position) {
    // Chart labels are only written, never read back: report no parse, as NumberFormat's contract
    // says.
    position.setErrorIndex(position.getIndex());
    return null;
  }
}
