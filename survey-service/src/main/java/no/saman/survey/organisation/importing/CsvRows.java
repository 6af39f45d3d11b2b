package no.saman.survey.organisation.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows: the separator is the one (; or ,) the header line uses most outside
 * quotes; fields may be quoted with "…" ("" inside for a quote, line breaks allowed); blank lines
 * are skipped. Each row keeps the number of the line it starts on (the header is line 1).
 */
public final class CsvRows {

  /** One row of fields and the file line it starts on. */
  public record Row(int line, List<String> fields) {}

  private CsvRows() {}

  public static List<Row> parse(String text) {
    char separator = separator(text);
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int rowStart = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        add(rows, rowStart, fields);
        fields = new ArrayList<>();
        line++;
        rowStart = line;
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    add(rows, rowStart, fields);
    return rows;
  }

  private static void add(List<Row> rows, int line, List<String> fields) {
    if (fields.stream().allMatch(String::isBlank)) {
      return;
    }
    rows.add(new Row(line, List.copyOf(fields)));
  }

  /** The separator the first line uses most outside quotes; a comma when it uses neither. */
  static char separator(String text) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }
}
