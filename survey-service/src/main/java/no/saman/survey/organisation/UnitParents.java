package no.saman.survey.organisation;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.saman.survey.cache.RecentlyRead;

/**
 * Each unit's parent, per municipality, as every accepted response needs it for its unit path: read
 * once per municipality and kept as {@link RecentlyRead} keeps rows (forgotten when this service
 * changes a unit, and after a few seconds in any case).
 */
@Singleton
public class UnitParents {

  private final RecentlyRead<String, Map<String, String>> trees;

  public UnitParents(UnitRepository units, TransactionOperations<Connection> transactions) {
    this.trees =
        new RecentlyRead<>(
            municipality -> {
              Map<String, String> parents = new HashMap<>();
              for (Unit u : units.findByKeyMunicipalityOrderByKeyCode(municipality)) {
                parents.put(u.key().code(), u.parent());
              }
              return Optional.of(parents);
            },
            transactions);
  }

  /**
   * Unit code to parent code (absent for a top unit) of one municipality, read again if it does not
   * know {@code unit} (one just created).
   */
  public Map<String, String> of(String municipality, String unit) {
    Map<String, String> parents = trees.find(municipality).orElseThrow();
    if (!parents.containsKey(unit)) {
      trees.forget(municipality);
      parents = trees.find(municipality).orElseThrow();
    }
    return parents;
  }

  /** Called where units change: the next reader after the commit reads the tree again. */
  void forget(String municipality) {
    trees.forget(municipality);
  }
}
