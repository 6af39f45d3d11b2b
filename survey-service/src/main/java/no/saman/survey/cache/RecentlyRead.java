package no.saman.survey.cache;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Rows as every respondent request reads them: kept after the first read, forgotten when this
 * service changes the row (at once and again after the change committed, so that no reader keeps
 * the old row) and after a few seconds in any case, for a change another instance made.
 *
 * @param <K> the row's key
 * @param <V> the row
 */
public final class RecentlyRead<K, V> {

  static final long KEEP_NANOS = 5_000_000_000L;

  private record Kept<V>(V row, long readAt) {}

  private final Function<K, Optional<V>> read;
  private final TransactionOperations<Connection> transactions;
  private final ConcurrentHashMap<K, Kept<V>> kept = new ConcurrentHashMap<>();
  // Bumped by every forget: a row read before a change is not kept after it.
  private final AtomicLong changes = new AtomicLong();

  public RecentlyRead(
      Function<K, Optional<V>> read, TransactionOperations<Connection> transactions) {
    this.read = read;
    this.transactions = transactions;
  }

  public Optional<V> find(K key) {
    Kept<V> k = kept.get(key);
    if (k != null && System.nanoTime() - k.readAt() <= KEEP_NANOS) {
      return Optional.of(k.row());
    }
    long readAt = System.nanoTime();
    long changesBefore = changes.get();
    Optional<V> row = read.apply(key);
    row.ifPresent(
        r -> {
          kept.put(key, new Kept<>(r, readAt));
          if (changes.get() != changesBefore) {
            kept.remove(key);
          }
        });
    return row;
  }

  /** Called where the row changes: the next reader after the commit reads it again. */
  public void forget(K key) {
    changes.incrementAndGet();
    kept.remove(key);
    transactions
        .findTransactionStatus()
        .ifPresent(
            status ->
                status.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCompletion(Status completion) {
                        changes.incrementAndGet();
                        kept.remove(key);
                      }
                    }));
  }
}
