package no.saman.survey.invitation;

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
}
