package no.saman.reports.table;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's cell styles, created once per look (a workbook holds at most 64 000 styles) and
 * coloured like the PDF's heat map.
 */
final class XlsxStyles {

  private final XSSFWorkbook workbook;
  private final XSSFCellStyle title;
  private final XSSFCellStyle context;
  private final XSSFCellStyle header;
  private final XSSFCellStyle body;
  private final XSSFCellStyle strongText;
  private final Map<String, XSSFCellStyle> figures = new HashMap<>();

  XlsxStyles(XSSFWorkbook workbook) {
    this.workbook = workbook;
    this.title = style(font(14, true, false, "1F3A56"));
    this.context = style(font(10, false, false, "5A6470"));
    this.header = style(font(10, true, false, "222222"));
    header.setFillForegroundColor(color("E6ECF2"));
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    this.body = style(font(10, false, false, "222222"));
    this.strongText = style(font(10, true, false, "222222"));
  }

  XSSFCellStyle title() {
    return title;
  }

  XSSFCellStyle context() {
    return context;
  }

  XSSFCellStyle header() {
    return header;
  }

  XSSFCellStyle body() {
    return body;
  }

  XSSFCellStyle strongText() {
    return strongText;
  }

  void text(XSSFCell cell, String value, CellStyle style) {
    cell.setCellValue(value == null ? "" : value);
    cell.setCellStyle(style);
  }

  /** Writes a figure as a number, anything else as text, in the look of its kind and heat. */
  void cell(XSSFCell cell, Cell figure, boolean strongRow) {
    boolean strong = strongRow || figure.strong();
    String key = figure.kind() + "|" + figure.numberFormat() + "|" + figure.heat() + "|" + strong;
    XSSFCellStyle style = figures.computeIfAbsent(key, k -> figureStyle(figure, strong));
    if (figure.number() != null) {
      cell.setCellValue(figure.number());
    } else {
      cell.setCellValue(figure.text());
    }
    cell.setCellStyle(style);
  }

  private XSSFCellStyle figureStyle(Cell figure, boolean strong) {
    boolean muted = figure.kind() == Cell.Kind.SUPPRESSED || figure.kind() == Cell.Kind.MISSING;
    XSSFCellStyle style = style(font(10, strong, muted, muted ? "5A6470" : "222222"));
    if (figure.kind() == Cell.Kind.FIGURE || muted) {
      style.setAlignment(HorizontalAlignment.RIGHT);
    }
    if (figure.numberFormat() != null) {
      style.setDataFormat(workbook.createDataFormat().getFormat(figure.numberFormat()));
    }
    if (figure.heat() != null) {
      style.setFillForegroundColor(color(HeatColours.hex(figure.heat())));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return style;
  }

  private XSSFCellStyle style(XSSFFont font) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }

  private XSSFFont font(int points, boolean bold, boolean italic, String hex) {
    XSSFFont font = workbook.createFont();
    font.setFontHeightInPoints((short) points);
    font.setBold(bold);
    font.setItalic(italic);
    font.setColor(color(hex));
    return font;
  }

  private static XSSFColor color(String hex) {
    int rgb = Integer.parseInt(hex.replace("#", ""), 16);
    return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb});
  }
}
