package no.saman.infra.demo;

import java.io.PrintStream;

/** Shows the progress of long work on one terminal line. */
public final class ProgressLine {

  private final PrintStream out;

  public ProgressLine(PrintStream out) {
    this.out = out;
  }

  public void show(String what, int done, int total) {
    int width = 30;
    int filled = total == 0 ? width : done * width / total;
    out.printf(
        "\r  %-28s [%s%s] %d/%d",
        what, "#".repeat(filled), ".".repeat(width - filled), done, total);
    if (done >= total) {
      out.println();
    }
    out.flush();
  }
}
