package no.saman.analytics.goal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** Stores measures and finds those of a set of goals. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MeasureRepository extends CrudRepository<Measure, Long> {

  List<Measure> findByGoalIdInListOrderById(Collection<Long> goalIds);
}
