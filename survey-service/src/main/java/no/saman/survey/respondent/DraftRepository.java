package no.saman.survey.respondent;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Draft rows. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DraftRepository extends CrudRepository<Draft, byte[]> {}
