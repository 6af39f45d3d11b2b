package no.saman.analytics.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The snapshot of module versions one round runs: which items are numbers, choices or text, which
 * are reverse-scored, and which indices they form; an index naming an item the snapshot does not
 * have as a number is never computed. Looks items up by id in constant time, as every answer of
 * every response does.
 */
public final class Instrument {

  /** A round whose snapshot has not arrived (yet): every integer answer still counts as an item. */
  public static final Instrument UNKNOWN = new Instrument(List.of());

  private final List<InstrumentModule> modules;
  private final Map<String, Item> items = new LinkedHashMap<>();
  private final List<ScaleIndex> indices = new ArrayList<>();

  public Instrument(List<InstrumentModule> modules) {
    this.modules = List.copyOf(modules);
    for (InstrumentModule module : this.modules) {
      module.items().forEach(i -> items.putIfAbsent(i.id(), i));
    }
    for (InstrumentModule module : this.modules) {
      for (ScaleIndex index : module.indices()) {
        boolean numeric =
            index.items().stream()
                .allMatch(id -> items.containsKey(id) && items.get(id).type().isNumeric());
        if (!index.items().isEmpty() && numeric) {
          indices.add(index);
        }
      }
    }
  }

  public List<InstrumentModule> modules() {
    return modules;
  }

  /** Every item, in module order. */
  public List<Item> items() {
    return List.copyOf(items.values());
  }

  public Optional<Item> item(String id) {
    return Optional.ofNullable(items.get(id));
  }

  /** Every index whose items are all numeric items of this snapshot. */
  public List<ScaleIndex> indices() {
    return List.copyOf(indices);
  }

  public Optional<ScaleIndex> index(String id) {
    return indices.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The lowest and highest answer of an index's first item, for its 0–100 form. */
  public Optional<int[]> range(ScaleIndex index) {
    return item(index.items().get(0))
        .filter(i -> i.min() != null && i.max() != null && i.max() > i.min())
        .map(i -> new int[] {i.min(), i.max()});
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Instrument that && modules.equals(that.modules);
  }

  @Override
  public int hashCode() {
    return modules.hashCode();
  }

  @Override
  public String toString() {
    return "Instrument" + modules;
  }
}
