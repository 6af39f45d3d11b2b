package no.saman.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import no.saman.reports.ReportFormat;
import no.saman.reports.ReportRenderer;

/** The report kinds the command line renders, each reading its own model from JSON. */
enum Kind {
  UNIT {
    @Override
    Render read(Path file) throws IOException {
      var model = ReportJson.unit(file);
      return (renderer, format, locale) -> renderer.renderUnitReport(model, format, locale);
    }
  },
  MUNICIPALITY {
    @Override
    Render read(Path file) throws IOException {
      var model = ReportJson.municipality(file);
      return (renderer, format, locale) -> renderer.renderMunicipalityReport(model, format, locale);
    }
  },
  NETWORK {
    @Override
    Render read(Path file) throws IOException {
      var model = ReportJson.network(file);
      return (renderer, format, locale) -> renderer.renderNetworkReport(model, format, locale);
    }
  };

  /** A model read and ready to be rendered. */
  interface Render {
    byte[] with(ReportRenderer renderer, ReportFormat format, Locale locale);
  }

  abstract Render read(Path file) throws IOException;

  static Kind of(String name) {
    return Arrays.stream(values())
        .filter(kind -> kind.name().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown kind " + name + "; use unit, municipality or network"));
  }
}
