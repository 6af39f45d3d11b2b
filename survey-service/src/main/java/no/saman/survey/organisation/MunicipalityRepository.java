package no.saman.survey.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Municipality rows. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface MunicipalityRepository extends CrudRepository<Municipality, String> {}
