package no.saman.survey.invitation.email;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;

/**
 * E-mail invitation rows. Every change of state is one guarded statement, so that of two senders
 * (threads or instances) only one claims a row.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface EmailInvitationRepository extends GenericRepository<EmailInvitation, byte[]> {

  List<EmailInvitation> saveAll(Iterable<EmailInvitation> rows);

  List<EmailInvitation> findByRoundId(String roundId);

  @Query(
      value = "SELECT address FROM email_invitation WHERE round_id = :roundId",
      nativeQuery = true)
  List<String> addresses(String roundId);

  /** Rows whose link is unused and whose address was not refused for good. */
  @Query(
      value =
          """
          SELECT e.* FROM email_invitation e JOIN invitation i ON i.token_hash = e.token_hash
          WHERE e.round_id = :roundId AND i.used = FALSE
            AND (e.state = 'sent' OR (e.state = 'failed' AND e.attempts < :maxAttempts))
          """,
      nativeQuery = true)
  List<EmailInvitation> unanswered(String roundId, int maxAttempts);

  /** Rows that get no reminder: answered, refused by the server, or out of attempts. */
  @Query(
      value =
          """
          SELECT COUNT(*) FROM email_invitation e JOIN invitation i ON i.token_hash = e.token_hash
          WHERE e.round_id = :roundId AND (i.used = TRUE OR e.state = 'bounced'
            OR (e.state = 'failed' AND e.attempts >= :maxAttempts))
          """,
      nativeQuery = true)
  long skipped(String roundId, int maxAttempts);

  /** Failed mails still to try, of rounds that take answers. */
  @Query(
      value =
          """
          SELECT e.* FROM email_invitation e JOIN invitation i ON i.token_hash = e.token_hash
          WHERE e.state = 'failed' AND e.attempts < :maxAttempts AND i.used = FALSE
          """,
      nativeQuery = true)
  List<EmailInvitation> toRetry(int maxAttempts);

  /** Claims a row for sending; 1 if this caller won it. */
  @Query(
      value =
          """
          UPDATE email_invitation SET state = 'sending', attempted_on = :today
          WHERE token_hash = :tokenHash AND state = :expectedState
          """,
      nativeQuery = true)
  int claim(byte[] tokenHash, String expectedState, LocalDate today);

  @Query(
      value =
          """
          UPDATE email_invitation SET state = 'sent', sent_count = sent_count + 1,
            last_sent_on = :today, attempts = 0, error = NULL
          WHERE token_hash = :tokenHash
          """,
      nativeQuery = true)
  void markSent(byte[] tokenHash, LocalDate today);

  @Query(
      value =
          "UPDATE email_invitation SET state = 'bounced', error = :error WHERE token_hash = :tokenHash",
      nativeQuery = true)
  void markBounced(byte[] tokenHash, String error);

  @Query(
      value =
          """
          UPDATE email_invitation SET state = 'failed', attempts = attempts + 1, error = :error
          WHERE token_hash = :tokenHash
          """,
      nativeQuery = true)
  void markFailed(byte[] tokenHash, String error);

  /** Sends that were claimed on an earlier day and never finished (their sender stopped). */
  @Query(
      value =
          """
          UPDATE email_invitation SET state = 'failed', attempts = attempts + 1,
            error = 'sending was interrupted'
          WHERE state = 'sending' AND attempted_on < :today
          """,
      nativeQuery = true)
  int releaseInterrupted(LocalDate today);

  @Query(value = "DELETE FROM email_invitation WHERE round_id = :roundId", nativeQuery = true)
  int deleteByRound(String roundId);

  /** Deletes the addresses of every round that is closed or whose last day is before today. */
  @Query(
      value =
          """
          DELETE e FROM email_invitation e JOIN survey_round r ON r.id = e.round_id
          WHERE r.status = 'closed' OR r.closes < :today
          """,
      nativeQuery = true)
  int deleteOfClosedRounds(LocalDate today);
}
