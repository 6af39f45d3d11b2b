package no.saman.survey.organisation;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each unit's parent, per municipality, as every accepted response needs it for its unit path: read
 * once per municipality and kept, forgotten when this service changes a unit (at once and again
 * after the change committed, so that no reader keeps the old tree) and after a few seconds in any
 * case, for a change another instance made.
 */
@Singleton
public class UnitParents {

  private static final long KEEP_NANOS = 5_000_000_000L;

  private record Tree(Map<String, String> parents, long readAt) {}

  private final UnitRepository units;
  private final TransactionOperations<Connection> transactions;
  private final ConcurrentHashMap<String, Tree> trees = new ConcurrentHashMap<>();
  // Bumped by every forget: a tree read before a change is not kept after it.
  private final AtomicLong changes = new AtomicLong();

  public UnitParents(UnitRepository units, TransactionOperations<Connection> transactions) {
    this.units = units;
    this.transactions = transactions;
  }

  /**
   * Unit code to parent code (absent for a top unit) of one municipality, read again if it does not
   * know {@code unit} (one just created).
   */
  public Map<String, String> of(String municipality, String unit) {
    Tree tree = trees.get(municipality);
    if (tree == null
        || System.nanoTime() - tree.readAt() > KEEP_NANOS
        || !tree.parents().containsKey(unit)) {
      long readAt = System.nanoTime();
      long changesBefore = changes.get();
      Map<String, String> parents = new HashMap<>();
      for (Unit u : units.findByKeyMunicipalityOrderByKeyCode(municipality)) {
        parents.put(u.key().code(), u.parent());
      }
      tree = new Tree(parents, readAt);
      trees.put(municipality, tree);
      if (changes.get() != changesBefore) {
        trees.remove(municipality);
      }
    }
    return tree.parents();
  }

  /** Called where units change: the next reader after the commit reads the tree again. */
  void forget(String municipality) {
    changes.incrementAndGet();
    trees.remove(municipality);
    transactions
        .findTransactionStatus()
        .ifPresent(
            status ->
                status.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCompletion(Status completion) {
                        changes.incrementAndGet();
                        trees.remove(municipality);
                      }
                    }));
  }
}
