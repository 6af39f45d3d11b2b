package no.saman.survey.instrument;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The modules and background questions respondents can be asked, read from {@code instruments/} on
 * the classpath. (Admin-maintained, versioned modules in the database come with the full
 * catalogue.)
 */
@Singleton
public class InstrumentCatalogue {

  private static final List<String> MODULES = List.of("HEILTID");

  private final Map<String, Module> modules = new LinkedHashMap<>();
  private final BackgroundQuestions backgroundQuestions;
  private final Map<String, Map<String, Map<String, String>>> scales;
  private final Map<String, List<String>> background;

  public InstrumentCatalogue(ObjectMapper json) {
    for (String id : MODULES) {
      modules.put(id, read(json, "instruments/" + id + ".json", Module.class));
    }
    this.backgroundQuestions = read(json, "instruments/background.json", BackgroundQuestions.class);
    this.background = backgroundQuestions.values();
    this.scales = read(json, "instruments/scales.json", Scales.class).scales();
  }

  public List<Module> modules() {
    return List.copyOf(modules.values());
  }

  public Optional<Module> module(String id) {
    return Optional.ofNullable(modules.get(id));
  }

  /** Background question id (occupation, ageBand, tenureBand) to its allowed values. */
  public Map<String, List<String>> background() {
    return background;
  }

  /** A named answer scale (e.g. A5): each value's label in nn, nb and en, in order. */
  public Map<String, Map<String, String>> scale(String id) {
    return scales.getOrDefault(id, Map.of());
  }

  public BackgroundQuestions backgroundQuestions() {
    return backgroundQuestions;
  }

  private static <T> T read(ObjectMapper json, String resource, Class<T> type) {
    try (InputStream in =
        InstrumentCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing instrument resource " + resource);
      }
      return json.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable instrument resource " + resource, e);
    }
  }
}
