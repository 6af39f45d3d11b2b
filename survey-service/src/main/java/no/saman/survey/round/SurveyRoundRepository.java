package no.saman.survey.round;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Survey round rows. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SurveyRoundRepository extends CrudRepository<SurveyRound, String> {}
