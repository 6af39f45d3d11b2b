package no.saman.survey.outbox;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;

/**
 * Appends an event to the outbox inside the caller's transaction, so that the event exists exactly
 * when the change it describes does.
 */
@Singleton
public class Outbox {

  private final OutboxRepository repository;
  private final ObjectMapper json;
  private final OutboxRelay relay;
  private final TransactionOperations<Connection> transactions;

  public Outbox(
      OutboxRepository repository,
      ObjectMapper json,
      OutboxRelay relay,
      TransactionOperations<Connection> transactions) {
    this.repository = repository;
    this.json = json;
    this.relay = relay;
    this.transactions = transactions;
  }

  public void append(String topic, String key, Object event) {
    try {
      repository.save(new OutboxMessage(null, topic, key, json.writeValueAsString(event)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    wakeRelayAfterCommit();
  }

  private void wakeRelayAfterCommit() {
    transactions
        .findTransactionStatus()
        .ifPresentOrElse(
            status ->
                status.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCommit() {
                        relay.wakeUp();
                      }
                    }),
            relay::wakeUp);
  }
}
