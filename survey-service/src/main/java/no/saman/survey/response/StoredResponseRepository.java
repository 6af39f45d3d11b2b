package no.saman.survey.response;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Submitted response rows. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StoredResponseRepository extends GenericRepository<StoredResponse, String> {

  StoredResponse save(StoredResponse response);

  long countByRoundId(String roundId);
}
