package no.saman.survey.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Unit rows. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface UnitRepository extends CrudRepository<Unit, Unit.Key> {

  /** A municipality's units by code. */
  List<Unit> findByKeyMunicipalityOrderByKeyCode(String municipality);
}
