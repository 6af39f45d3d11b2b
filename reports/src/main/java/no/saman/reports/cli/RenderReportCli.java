package no.saman.reports.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import no.saman.reports.ReportFormat;
import no.saman.reports.ReportRenderer;
import no.saman.reports.format.ReportLanguage;

/**
 * Renders any report from a JSON file of its model, to check a layout without starting the stack.
 */
public final class RenderReportCli {

  static final String USAGE =
      "Usage: RenderReportCli <model.json> <out-file> [--kind unit|municipality|network]"
          + " [--format pdf|xlsx|csv] [--locale nn|nb|en]";

  private static final int FAILED = 1;
  private static final int BAD_USAGE = 2;

  private RenderReportCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, ReportRenderer::new));
  }

  /** Runs the command and returns its exit status: 0 done, 1 failed, 2 bad arguments. */
  static int run(
      String[] args, PrintStream out, PrintStream err, Supplier<ReportRenderer> renderers) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return BAD_USAGE;
    }
    if (arguments == null) {
      out.println(USAGE);
      return 0;
    }
    try {
      Kind.Render render = arguments.kind().read(arguments.model());
      ReportRenderer renderer = renderers.get();
      long start = System.nanoTime();
      byte[] report = render.with(renderer, arguments.format(), arguments.locale());
      long millis = (System.nanoTime() - start) / 1_000_000;
      Path parent = arguments.output().toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.write(arguments.output(), report);
      out.printf(
          "Wrote %s (%d bytes, rendered in %d ms)%n", arguments.output(), report.length, millis);
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("Could not render " + arguments.model() + ": " + e.getMessage());
      return FAILED;
    }
  }

  /** The parsed command line. */
  record Arguments(Path model, Path output, Kind kind, ReportFormat format, Locale locale) {

    /** The arguments, or null when help was asked for. */
    static Arguments parse(String[] args) {
      List<String> positional = new ArrayList<>();
      Kind kind = Kind.UNIT;
      ReportFormat format = ReportFormat.PDF;
      Locale locale = Locale.forLanguageTag("nn");
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "-h", "--help" -> {
            return null;
          }
          case "--kind" -> kind = Kind.of(valueAfter(args, i++));
          case "--format" -> format = formatOf(valueAfter(args, i++));
          case "--locale" -> locale = localeOf(valueAfter(args, i++));
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("Unknown option " + args[i]);
            }
            positional.add(args[i]);
          }
        }
      }
      if (positional.size() != 2) {
        throw new IllegalArgumentException("Expected <model.json> and <out-file>");
      }
      return new Arguments(
          Path.of(positional.get(0)), Path.of(positional.get(1)), kind, format, locale);
    }

    private static String valueAfter(String[] args, int i) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      return args[i + 1];
    }

    private static Locale localeOf(String tag) {
      Locale locale = Locale.forLanguageTag(tag);
      ReportLanguage.of(locale);
      return locale;
    }

    private static ReportFormat formatOf(String name) {
      for (ReportFormat format : ReportFormat.values()) {
        if (format.name().equalsIgnoreCase(name)) {
          return format;
        }
      }
      throw new IllegalArgumentException("Unknown format " + name + "; use pdf, xlsx or csv");
    }
  }
}
