package no.saman.reports;

/** The file formats a report can be rendered to, with what an HTTP response needs to serve one. */
public enum ReportFormat {
  /** A4 PDF with embedded DejaVu fonts. */
  PDF("application/pdf", "pdf"),
  /** {@code ;}-separated UTF-8 text with a byte order mark and a header row, one figure a line. */
  CSV("text/csv; charset=UTF-8", "csv"),
  /** An Office Open XML workbook, one sheet per table, figures in numeric cells. */
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String mediaType;
  private final String fileExtension;

  ReportFormat(String mediaType, String fileExtension) {
    this.mediaType = mediaType;
    this.fileExtension = fileExtension;
  }

  /** The Content-Type, e.g. {@code application/pdf}. */
  public String mediaType() {
    return mediaType;
  }

  /** The file name extension without the dot, e.g. {@code pdf}. */
  public String fileExtension() {
    return fileExtension;
  }
}
