package no.saman.analytics.export;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

/**
 * An export as CSV for R and Excel, produced as the client reads it, one row at a time: UTF-8 with
 * a byte order mark, a header of safe names, comma-separated, '.' as the decimal point, NA for a
 * missing value.
 */
final class CsvStream extends InputStream {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final ReleasedRows rows;
  private byte[] buffer;
  private int position;
  private boolean done;

  CsvStream(List<ExportColumn> columns, ReleasedRows rows) {
    this.rows = rows;
    StringBuilder header = new StringBuilder();
    for (int c = 0; c < columns.size(); c++) {
      header.append(c == 0 ? "" : ",").append(columns.get(c).name());
    }
    byte[] line = header.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    buffer = new byte[BOM.length + line.length];
    System.arraycopy(BOM, 0, buffer, 0, BOM.length);
    System.arraycopy(line, 0, buffer, BOM.length, line.length);
  }

  /** One row as a CSV line. */
  static String line(Object[] row) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < row.length; c++) {
      if (c > 0) {
        line.append(',');
      }
      line.append(field(row[c]));
    }
    return line.append("\r\n").toString();
  }

  static String field(Object value) {
    if (value == null) {
      return Codebook.NA;
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    String text = value.toString();
    boolean quote =
        text.isEmpty()
            || text.equals(Codebook.NA)
            || text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0
            || !text.equals(text.strip());
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (buffer == null || position >= buffer.length) {
      if (done || !fill()) {
        return -1;
      }
    }
    int n = Math.min(length, buffer.length - position);
    System.arraycopy(buffer, position, target, offset, n);
    position += n;
    return n;
  }

  /** Encodes the next rows into the buffer; false after the last. */
  private boolean fill() throws IOException {
    StringBuilder chunk = new StringBuilder();
    try {
      while (chunk.length() < 32 * 1024) {
        Object[] row = rows.next();
        if (row == null) {
          done = true;
          rows.close();
          break;
        }
        chunk.append(line(row));
      }
    } catch (SQLException | RuntimeException e) {
      done = true;
      rows.close();
      throw new IOException("the export stopped: " + e.getMessage(), e);
    }
    buffer = chunk.toString().getBytes(StandardCharsets.UTF_8);
    position = 0;
    return buffer.length > 0;
  }

  @Override
  public void close() {
    if (!done) {
      done = true;
      rows.close();
    }
  }
}
