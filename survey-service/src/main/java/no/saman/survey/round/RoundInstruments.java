package no.saman.survey.round;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import no.saman.survey.instrument.Module;

/**
 * The module versions a round runs, read from its snapshot (and cached: a snapshot never changes),
 * so that a round keeps asking and validating exactly what it was launched with.
 */
@Singleton
public class RoundInstruments {

  private static final Argument<List<Module>> MODULES = Argument.listOf(Module.class);

  private final ObjectMapper json;
  private final ConcurrentHashMap<String, List<Module>> cache = new ConcurrentHashMap<>();

  public RoundInstruments(ObjectMapper json) {
    this.json = json;
  }

  public List<Module> modules(SurveyRound round) {
    return cache.computeIfAbsent(round.id(), id -> read(round.instrument()));
  }

  String write(List<Module> modules) {
    try {
      return json.writeValueAsString(modules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Module> read(String snapshot) {
    try {
      return json.readValue(snapshot, MODULES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
