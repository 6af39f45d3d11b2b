package no.saman.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A rendered CSV file read back as lines, without its byte order mark. */
public final class Csv {

  private Csv() {}

  public static List<String> lines(byte[] csv) {
    return new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
  }

  /** The value column of every line of a table's row and column. */
  public static List<String> values(byte[] csv, String table, String row, String column) {
    String infix = ";" + table + ";" + row + ";" + column + ";";
    return lines(csv).stream()
        .filter(line -> line.contains(infix))
        .map(line -> line.substring(line.lastIndexOf(';') + 1))
        .toList();
  }
}
