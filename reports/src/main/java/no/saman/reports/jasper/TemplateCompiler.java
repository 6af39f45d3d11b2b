package no.saman.reports.jasper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every JRXML template to a {@code .jasper} file at build time (Maven's process-classes
 * phase), so that services load ready templates in milliseconds instead of compiling for seconds.
 */
public final class TemplateCompiler {

  private TemplateCompiler() {}

  /** Arguments: the directory of the {@code .jrxml} files and the output directory. */
  public static void main(String[] args) throws IOException, JRException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "Usage: TemplateCompiler <jrxml-directory> <out-directory>");
    }
    Path sources = Path.of(args[0]);
    Path output = Path.of(args[1]);
    Files.createDirectories(output);
    List<Path> templates;
    try (Stream<Path> files = Files.list(sources)) {
      templates = files.filter(file -> file.toString().endsWith(".jrxml")).sorted().toList();
    }
    for (Path template : templates) {
      String name = template.getFileName().toString().replace(".jrxml", ".jasper");
      long start = System.nanoTime();
      JasperCompileManager.compileReportToFile(
          template.toString(), output.resolve(name).toString());
      System.out.printf("Compiled %s in %d ms%n", name, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
