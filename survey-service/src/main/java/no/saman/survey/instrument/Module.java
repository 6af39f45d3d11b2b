package no.saman.survey.instrument;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A module of the instrument catalogue: a named set of items on fixed scales. */
@Serdeable
public record Module(String id, Map<String, String> names, List<Item> items) {

  public Optional<Item> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }
}
