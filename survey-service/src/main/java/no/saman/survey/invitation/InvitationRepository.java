package no.saman.survey.invitation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Invitation rows. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface InvitationRepository extends GenericRepository<Invitation, byte[]> {

  List<Invitation> saveAll(Iterable<Invitation> invitations);

  Optional<Invitation> findById(byte[] tokenHash);

  /** Locks the invitation, so that concurrent submissions with one token are serialised. */
  @Query(
      value = "SELECT * FROM invitation WHERE token_hash = :tokenHash FOR UPDATE",
      nativeQuery = true)
  Optional<Invitation> findForUpdate(byte[] tokenHash);

  @Query(
      value = "UPDATE invitation SET used = TRUE WHERE token_hash = :tokenHash",
      nativeQuery = true)
  void markUsed(byte[] tokenHash);
}
