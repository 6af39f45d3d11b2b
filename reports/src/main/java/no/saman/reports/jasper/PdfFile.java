package no.saman.reports.jasper;

import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import no.saman.reports.format.Labels;

/**
 * Fills a report template once with its parameters and exports it as a tagged A4 PDF, the one place
 * where every report meets JasperReports' fill and export API.
 */
public final class PdfFile {

  private PdfFile() {}

  /**
   * The PDF.
   *
   * @param parameters the template's parameters; the labels, locale and the shared sub-templates
   *     are added here
   * @param title the document title shown by PDF readers
   */
  public static byte[] render(
      JasperReport template,
      ReportParts parts,
      Map<String, Object> parameters,
      Labels labels,
      String title) {
    Map<String, Object> filled = new HashMap<>(parameters);
    filled.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels.bundle());
    filled.put(JRParameter.REPORT_LOCALE, labels.language().locale());
    parts.addTo(filled);
    try {
      JasperPrint print = JasperFillManager.fillReport(template, filled, new JREmptyDataSource(1));
      return export(print, title, labels.language().locale().toLanguageTag());
    } catch (JRException e) {
      throw new IllegalStateException("Could not render " + template.getName(), e);
    }
  }

  /**
   * The PDF of a template filled once per row (its fields), without the shared sub-templates.
   *
   * @param parameters the template's parameters; the labels and locale are added here
   */
  public static byte[] renderRows(
      JasperReport template,
      Map<String, Object> parameters,
      Collection<Map<String, ?>> rows,
      Labels labels,
      String title) {
    Map<String, Object> filled = new HashMap<>(parameters);
    filled.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels.bundle());
    filled.put(JRParameter.REPORT_LOCALE, labels.language().locale());
    try {
      JasperPrint print =
          JasperFillManager.fillReport(template, filled, new JRMapCollectionDataSource(rows));
      return export(print, title, labels.language().locale().toLanguageTag());
    } catch (JRException e) {
      throw new IllegalStateException("Could not render " + template.getName(), e);
    }
  }

  private static byte[] export(JasperPrint print, String title, String languageTag)
      throws JRException {
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(title);
    configuration.setDisplayMetadataTitle(true);
    configuration.setTagged(true);
    configuration.setTagLanguage(languageTag);
    SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
    report.setForceSvgShapes(false);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(128 * 1024);
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setConfiguration(report);
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
    exporter.setConfiguration(configuration);
    exporter.exportReport();
    return pdf.toByteArray();
  }
}
