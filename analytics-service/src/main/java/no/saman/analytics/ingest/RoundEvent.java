package no.saman.analytics.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import no.saman.analytics.instrument.Instrument;

/**
 * The current state of one survey round, from the compacted {@code survey.rounds.v1}, with the
 * snapshot of the module versions it runs and, from events that have it, its place in the order
 * rounds were created.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record RoundEvent(
    @Nullable String schema,
    @Nullable String roundId,
    @Nullable String municipality,
    @Nullable String title,
    @Nullable String wave,
    @Nullable List<String> modules,
    @Nullable String opens,
    @Nullable String closes,
    @Nullable String status,
    @Nullable Long created,
    @Nullable List<ModuleEvent> instrument)
    implements IngestEvent {

  public static final String TOPIC = "survey.rounds.v1";

  @Override
  public List<String> violations() {
    Violations v = new Violations();
    v.constant("schema", schema, TOPIC);
    if (v.required("roundId", roundId)) {
      v.length("roundId", roundId, 1, 64);
    }
    if (v.required("municipality", municipality)) {
      v.matches("municipality", municipality, ResponseEvent.MUNICIPALITY);
    }
    if (v.required("title", title)) {
      v.length("title", title, 1, 200);
    }
    if (v.required("wave", wave)) {
      v.matches("wave", wave, ResponseEvent.WAVE);
    }
    if (v.required("modules", modules)) {
      if (modules.isEmpty()) {
        v.add("modules: must have at least one module");
      }
      if (modules.contains(null)) {
        v.add("modules: every module must be a string");
      }
    }
    if (v.required("opens", opens)) {
      v.date("opens", opens);
    }
    if (v.required("closes", closes)) {
      v.date("closes", closes);
    }
    if (v.required("status", status)) {
      v.oneOf("status", status, List.of("open", "closed"));
    }
    if (created != null && created < 1) {
      v.add("created: must be at least 1");
    }
    if (instrument != null) {
      for (int i = 0; i < instrument.size(); i++) {
        ModuleEvent module = instrument.get(i);
        if (module == null) {
          v.add("instrument[" + i + "]: must be an object");
        } else {
          module.check(v, "instrument[" + i + "]");
        }
      }
    }
    return v.messages();
  }

  /** The snapshot as the statistics see it, {@link Instrument#UNKNOWN} when the event has none. */
  public Instrument toInstrument() {
    if (instrument == null) {
      return Instrument.UNKNOWN;
    }
    return new Instrument(instrument.stream().map(ModuleEvent::toModule).toList());
  }
}
