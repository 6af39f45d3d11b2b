package no.saman.survey.instrument;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The definitions shipped in {@code instruments/} on the classpath: the modules the catalogue
 * starts with, the background questions and the named answer scales.
 */
@Singleton
public class BundledInstruments {

  /** Module id to its resource file (file names stay ASCII). */
  private static final Map<String, String> MODULE_FILES =
      Map.of(
          "HEILTID", "HEILTID",
          "KOMPETANSE", "KOMPETANSE",
          "LEIING", "LEIING",
          "NÆRVÆR", "NAERVAER",
          "PARTSSAMARBEID", "PARTSSAMARBEID",
          "SAMLING", "SAMLING");

  private final List<Module> modules;
  private final BackgroundQuestions background;
  private final Map<String, Map<String, Map<String, String>>> scales;

  public BundledInstruments(ObjectMapper json) {
    this.modules =
        MODULE_FILES.values().stream()
            .sorted()
            .map(file -> read(json, "instruments/" + file + ".json", Module.class))
            .toList();
    this.background = read(json, "instruments/background.json", BackgroundQuestions.class);
    this.scales = read(json, "instruments/scales.json", Scales.class).scales();
  }

  public List<Module> modules() {
    return modules;
  }

  public BackgroundQuestions background() {
    return background;
  }

  public Map<String, Map<String, Map<String, String>>> scales() {
    return scales;
  }

  private static <T> T read(ObjectMapper json, String resource, Class<T> type) {
    try (InputStream in = BundledInstruments.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing instrument resource " + resource);
      }
      return json.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable instrument resource " + resource, e);
    }
  }
}
