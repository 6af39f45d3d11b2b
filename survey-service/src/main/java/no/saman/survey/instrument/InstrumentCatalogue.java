package no.saman.survey.instrument;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instrument catalogue: the current version of each module, kept in the database so that an
 * administrator can add or revise modules without code changes. A version that a round has used is
 * never changed in place; revising it makes the next version.
 */
@Singleton
public class InstrumentCatalogue {

  private final ModuleStore store;
  private final BundledInstruments bundled;
  private final Map<String, List<String>> background;

  public InstrumentCatalogue(ModuleStore store, BundledInstruments bundled) {
    this.store = store;
    this.bundled = bundled;
    this.background = bundled.background().values();
  }

  /**
   * Adds the bundled modules that the database does not have yet (first start, new releases); safe
   * when several instances start together on an empty schema.
   */
  @EventListener
  @Transactional
  void seed(StartupEvent event) {
    for (Module module : bundled.modules()) {
      if (store.current(module.id()).isEmpty()) {
        store.insertIfAbsent(module.withVersion(1));
      }
    }
  }

  @Transactional(readOnly = true)
  public List<Module> modules() {
    return store.currentModules();
  }

  @Transactional(readOnly = true)
  public Optional<Module> module(String id) {
    return store.current(id);
  }

  /**
   * Stores a definition as the module's current version: in place while no round has used the
   * current version, otherwise as the next version. An unchanged definition stays as it is.
   */
  @Transactional
  public Module put(Module definition) {
    Optional<Module> current = store.current(definition.id());
    if (current.isEmpty()) {
      Module first = definition.withVersion(1);
      store.insert(first);
      return first;
    }
    Module existing = current.get();
    if (existing.unversioned().equals(definition.unversioned())) {
      return existing;
    }
    if (store.usedByARound(existing.id(), existing.version())) {
      Module next = definition.withVersion(existing.version() + 1);
      store.insert(next);
      return next;
    }
    Module replaced = definition.withVersion(existing.version());
    store.replace(replaced);
    return replaced;
  }

  /** Records that a round runs these module versions, so they are never changed in place. */
  @Transactional
  public void recordUse(String roundId, List<Module> modules) {
    modules.forEach(m -> store.recordUse(roundId, m));
  }

  /** Background question id (occupation, ageBand, tenureBand) to its allowed values. */
  public Map<String, List<String>> background() {
    return background;
  }

  public BackgroundQuestions backgroundQuestions() {
    return bundled.background();
  }

  /** A named answer scale (e.g. A5): each value's label in nn, nb and en, in order. */
  public Map<String, Map<String, String>> scale(String id) {
    return bundled.scales().getOrDefault(id, Map.of());
  }
}
