package no.saman.reports.unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills the unit template compiled once at construction; a compiled {@link JasperReport} is
 * immutable, so concurrent fills share it safely.
 */
final class UnitReportPdf {

  private static final String TEMPLATE = "/reports/unit-report.jrxml";

  private final JasperReport report;

  UnitReportPdf() {
    try (InputStream jrxml = UnitReportPdf.class.getResourceAsStream(TEMPLATE)) {
      if (jrxml == null) {
        throw new IllegalStateException("Report template not found on the classpath: " + TEMPLATE);
      }
      this.report = JasperCompileManager.compileReport(jrxml);
    } catch (JRException e) {
      throw new IllegalStateException("Could not compile " + TEMPLATE, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] render(UnitReportText text, String languageTag) {
    try {
      JasperPrint print =
          JasperFillManager.fillReport(report, parametersOf(text), indicatorRowsOf(text));
      return export(print, text, languageTag);
    } catch (JRException e) {
      throw new IllegalStateException("Could not render the unit report", e);
    }
  }

  private static Map<String, Object> parametersOf(UnitReportText text) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, text.labels().bundle());
    parameters.put(JRParameter.REPORT_LOCALE, text.labels().bundle().getLocale());
    parameters.put("MUNICIPALITY_NAME", text.municipalityName());
    parameters.put("UNIT_NAME", text.unitName());
    parameters.put("ROUND_TITLE", text.roundTitle());
    parameters.put("WAVE", text.wave());
    parameters.put("RESPONSES", text.responses());
    parameters.put("RESPONSE_RATE", text.responseRate());
    parameters.put("GENERATED_ON", text.generatedOn());
    parameters.put("ANONYMITY_LEGEND", text.anonymityLegend());
    parameters.put("SHOW_CHART", text.showChart());
    parameters.put("POSITION_SIZES", positionSizesOf(text));
    return parameters;
  }

  private static JRMapCollectionDataSource indicatorRowsOf(UnitReportText text) {
    List<Map<String, ?>> rows =
        text.indicators().stream()
            .<Map<String, ?>>map(
                row ->
                    Map.of(
                        "label", row.label(),
                        "unitValue", row.unitValue(),
                        "municipalityValue", row.municipalityValue()))
            .toList();
    return new JRMapCollectionDataSource(rows);
  }

  private static JRMapCollectionDataSource positionSizesOf(UnitReportText text) {
    List<Map<String, ?>> bands =
        text.positionSizes().stream()
            .<Map<String, ?>>map(
                band ->
                    Map.of(
                        "band", band.label(),
                        "current", band.current(),
                        "desired", band.desired()))
            .toList();
    return new JRMapCollectionDataSource(bands);
  }

  private static byte[] export(JasperPrint print, UnitReportText text, String languageTag)
      throws JRException {
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(text.labels().get("title") + " – " + text.unitName());
    configuration.setDisplayMetadataTitle(true);
    configuration.setTagged(true);
    configuration.setTagLanguage(languageTag);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
    exporter.setConfiguration(configuration);
    exporter.exportReport();
    return pdf.toByteArray();
  }
}
