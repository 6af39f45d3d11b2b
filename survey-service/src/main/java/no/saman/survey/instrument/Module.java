package no.saman.survey.instrument;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module of the instrument catalogue: a named set of items on fixed scales, and the indices its
 * items form.
 *
 * @param version the catalogue version; absent in a definition that is not stored yet
 */
@Serdeable
public record Module(
    String id,
    @Nullable Integer version,
    Map<String, String> names,
    List<Item> items,
    @Nullable List<Index> indices) {

  /**
   * An index: the mean of its items (reverse-scored ones turned), for a respondent who answered at
   * least {@code minAnswered} of them.
   */
  @Serdeable
  public record Index(String id, List<String> items, int minAnswered) {}

  public Optional<Item> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  public Module withVersion(int v) {
    return new Module(id, v, names, items, indices);
  }

  /** The same definition without its version, for comparing revisions. */
  public Module unversioned() {
    return new Module(id, null, names, items, indices == null ? List.of() : indices);
  }
}
