package no.saman.analytics.instrument;

import java.util.List;
import java.util.Map;

/**
 * One module version a round runs.
 *
 * @param names the module's name by language (nn, nb, en)
 */
public record InstrumentModule(
    String id, int version, Map<String, String> names, List<Item> items, List<ScaleIndex> indices) {

  public InstrumentModule {
    names = names == null ? Map.of() : Map.copyOf(names);
    items = List.copyOf(items);
    indices = indices == null ? List.of() : List.copyOf(indices);
  }
}
