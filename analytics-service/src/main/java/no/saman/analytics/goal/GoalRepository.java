package no.saman.analytics.goal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Stores goals and finds a municipality's. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface GoalRepository extends CrudRepository<Goal, Long> {

  List<Goal> findByMunicipalityOrderById(String municipality);
}
