package no.saman.analytics.statistics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The unit cells last read, kept while the statistics version they were read at is current: a
 * result request reads the statistics of a whole wave (every participant, for the comparisons), and
 * while no response arrives the same cells serve every request. Only the newest version's reads are
 * kept, at most {@link #MAX_ENTRIES} of them; the cells are immutable.
 */
final class CellCache {

  static final int MAX_ENTRIES = 32;

  private record Key(Set<String> rounds, String dimension, Set<String> measures) {}

  private final Map<Key, List<UnitCell>> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long version = Long.MIN_VALUE;

  /** The cells of the rounds at {@code atVersion}, read with {@code read} unless kept. */
  List<UnitCell> get(
      long atVersion,
      Collection<String> roundIds,
      String dimension,
      Collection<String> measures,
      Supplier<List<UnitCell>> read) {
    Key key =
        new Key(
            new TreeSet<>(roundIds),
            dimension,
            measures == null ? null : Set.copyOf(new TreeSet<>(measures)));
    synchronized (this) {
      if (atVersion == version && entries.containsKey(key)) {
        return entries.get(key);
      }
    }
    List<UnitCell> cells = List.copyOf(read.get());
    synchronized (this) {
      if (atVersion > version) {
        entries.clear();
        version = atVersion;
      }
      if (atVersion == version) {
        entries.put(key, cells);
        if (entries.size() > MAX_ENTRIES) {
          entries.remove(entries.keySet().iterator().next());
        }
      }
    }
    return cells;
  }
}
