package no.saman.analytics.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The wave views last built, kept while the statistics version they were built at is current:
 * building one guards every participant's table (400 municipalities in a national wave), which was
 * most of a result or comparison request's time (README, "Scale"), and while nothing arrives the
 * same view serves every request. Every ingest transaction that changes anything a view is built
 * from (statistics, rounds, organisation, networks) raises the version in the database, so that
 * every instance sees the change. Views are immutable but for their pools, which are thread-safe.
 */
final class WaveCache {

  static final int MAX_WAVES = 8;

  private final Map<String, WaveView> views = new LinkedHashMap<>(16, 0.75f, true);
  private long version = Long.MIN_VALUE;

  /** The wave's view at {@code atVersion}, built with {@code build} unless kept. */
  WaveView get(long atVersion, String wave, Supplier<WaveView> build) {
    synchronized (this) {
      if (atVersion == version && views.containsKey(wave)) {
        return views.get(wave);
      }
    }
    WaveView view = build.get();
    synchronized (this) {
      if (atVersion > version) {
        views.clear();
        version = atVersion;
      }
      if (atVersion == version) {
        views.put(wave, view);
        if (views.size() > MAX_WAVES) {
          views.remove(views.keySet().iterator().next());
        }
      }
    }
    return view;
  }
}
