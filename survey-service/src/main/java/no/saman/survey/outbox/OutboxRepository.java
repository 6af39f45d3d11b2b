package no.saman.survey.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** Outbox rows: appended in the business transaction, claimed and deleted by the relay. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboxRepository extends GenericRepository<OutboxMessage, Long> {

  OutboxMessage save(OutboxMessage message);

  /**
   * Takes the relay lock for this transaction, or nothing when another relay (of this or another
   * instance) holds it: one relay at a time keeps each key's events in commit order.
   */
  @Query(
      value = "SELECT id FROM outbox_relay_lock WHERE id = 1 FOR UPDATE SKIP LOCKED",
      nativeQuery = true)
  List<Integer> lockRelay();

  /** Locks the oldest waiting rows; rows another relay holds are skipped, not waited for. */
  @Query(
      value = "SELECT * FROM outbox ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED",
      nativeQuery = true)
  List<OutboxMessage> claim(int limit);

  void deleteByIdIn(Collection<Long> ids);

  long count();
}
