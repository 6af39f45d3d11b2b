package no.saman.reports.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;

/**
 * Writes figures the way the report's language does (decimal comma in Norwegian, half-up rounding,
 * no grouping), so the PDF, the XLSX labels and the CSV print exactly the same strings. The models
 * carry the API's unrounded values: rounding for people happens here and in the XLSX number
 * formats.
 */
public final class FigureFormat {

  /** The decimals of a share printed as a percent. */
  public static final int SHARE_DECIMALS = 1;

  /** The spreadsheet number format of a share, matching {@link #share}. */
  public static final String SHARE_EXCEL_FORMAT = "0.0%";

  private final ReportLanguage language;
  private final DateTimeFormatter dateFormatter;

  public FigureFormat(ReportLanguage language) {
    this.language = Objects.requireNonNull(language, "language");
    this.dateFormatter =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
  }

  public ReportLanguage language() {
    return language;
  }

  /** A value already in percent, e.g. 58.51 → "58,51 %" (nn, nb) or "58.51%" (en). */
  public String percent(double percent, int decimals) {
    return decimal(percent, decimals) + language.percentSuffix();
  }

  /**
   * A share between 0 and 1 as a percent with one decimal (KS's convention), e.g. 0.325 → "32,5 %"
   * (nn, nb) or "32.5%" (en).
   */
  public String share(double share) {
    return plain(BigDecimal.valueOf(share).movePointRight(2), SHARE_DECIMALS)
        + language.percentSuffix();
  }

  /** A plain number with a fixed number of decimals, e.g. 5.3 → "5,3" (nn, nb) or "5.3" (en). */
  public String decimal(double value, int decimals) {
    return plain(BigDecimal.valueOf(value), decimals);
  }

  /** A number with its sign, e.g. 3.2 → "+3,20" and -0.25 → "-0,25"; zero has no sign. */
  public String signed(double value, int decimals) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    String text = plain(rounded, decimals);
    return rounded.signum() > 0 ? "+" + text : text;
  }

  /** A count, e.g. 57 → "57". */
  public String count(int count) {
    return Integer.toString(count);
  }

  /** A date in the language's long form, e.g. "23. november 2026" or "November 23, 2026". */
  public String date(LocalDate date) {
    return dateFormatter.format(date);
  }

  private String plain(BigDecimal value, int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must not be negative: " + decimals);
    }
    String text = value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return text.replace('.', language.decimalSeparator());
  }
}
