package no.saman.survey.round;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rounds as every respondent request reads them: kept after the first read, forgotten when this
 * service changes the round (at once and again after the change committed, so that no reader keeps
 * the old row) and after a few seconds in any case, for a change another instance made.
 */
@Singleton
public class RecentRounds {

  private static final long KEEP_NANOS = 5_000_000_000L;

  private record Kept(SurveyRound round, long readAt) {}

  private final SurveyRoundRepository rounds;
  private final TransactionOperations<Connection> transactions;
  private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();
  // Bumped by every forget: a row read before a change is not kept after it.
  private final AtomicLong changes = new AtomicLong();

  public RecentRounds(
      SurveyRoundRepository rounds, TransactionOperations<Connection> transactions) {
    this.rounds = rounds;
    this.transactions = transactions;
  }

  Optional<SurveyRound> find(String id) {
    Kept k = kept.get(id);
    if (k != null && System.nanoTime() - k.readAt() <= KEEP_NANOS) {
      return Optional.of(k.round());
    }
    long readAt = System.nanoTime();
    long changesBefore = changes.get();
    Optional<SurveyRound> round = rounds.findById(id);
    round.ifPresent(
        r -> {
          kept.put(id, new Kept(r, readAt));
          if (changes.get() != changesBefore) {
            kept.remove(id);
          }
        });
    return round;
  }

  /** Called where a round changes: the next reader after the commit reads it again. */
  void forget(String id) {
    changes.incrementAndGet();
    kept.remove(id);
    transactions
        .findTransactionStatus()
        .ifPresent(
            status ->
                status.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCompletion(Status completion) {
                        changes.incrementAndGet();
                        kept.remove(id);
                      }
                    }));
  }
}
