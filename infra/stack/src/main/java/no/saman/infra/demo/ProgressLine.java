package no.saman.infra.demo;

import java.io.PrintStream;

/**
 * Shows the progress of long work: redrawn on one line in a terminal, a line per quarter when the
 * output goes to a file or a pipe.
 */
public final class ProgressLine {

  private final PrintStream out;
  private final boolean terminal = System.console() != null;
  private String lastWhat = "";
  private int lastQuarter = -1;

  public ProgressLine(PrintStream out) {
    this.out = out;
  }

  public void show(String what, int done, int total) {
    int width = 30;
    int filled = total == 0 ? width : done * width / total;
    String line =
        String.format(
            "  %-28s [%s%s] %d/%d",
            what, "#".repeat(filled), ".".repeat(width - filled), done, total);
    if (terminal) {
      out.print("\r" + line);
      if (done >= total) {
        out.println();
      }
    } else {
      int quarter = total == 0 ? 4 : done * 4 / total;
      if (quarter != lastQuarter || !what.equals(lastWhat)) {
        lastWhat = what;
        lastQuarter = quarter;
        out.println(line);
      }
    }
    out.flush();
  }
}
