package no.saman.reports.jasper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a template compiled at build time ({@code /reports/<name>.jasper}); when a build skipped
 * that step (an IDE run) it compiles the JRXML instead, once, and says so.
 */
public final class Templates {

  private static final Logger LOG = LoggerFactory.getLogger(Templates.class);

  private Templates() {}

  /** The compiled template; immutable, so any number of fills may share it. */
  public static JasperReport load(String name) {
    String compiled = "/reports/" + name + ".jasper";
    try (InputStream jasper = Templates.class.getResourceAsStream(compiled)) {
      if (jasper != null) {
        return (JasperReport) JRLoader.loadObject(jasper);
      }
    } catch (JRException e) {
      throw new IllegalStateException("Could not load " + compiled, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compile(name);
  }

  private static JasperReport compile(String name) {
    String source = "/reports/" + name + ".jrxml";
    LOG.warn("No compiled {}.jasper on the classpath; compiling {} at run time", name, source);
    try (InputStream jrxml = Templates.class.getResourceAsStream(source)) {
      if (jrxml == null) {
        throw new IllegalStateException("Report template not found on the classpath: " + source);
      }
      return JasperCompileManager.compileReport(jrxml);
    } catch (JRException e) {
      throw new IllegalStateException("Could not compile " + source, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
