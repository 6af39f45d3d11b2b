package no.saman.survey.round;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Survey round rows. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SurveyRoundRepository extends CrudRepository<SurveyRound, String> {

  /** A municipality's rounds, latest first. */
  List<SurveyRound> findByMunicipalityOrderByOpensDesc(String municipality);

  /**
   * The round's place in the order rounds were created, numbered by the database so that rounds
   * created at once on two instances still get distinct places.
   */
  @Query("SELECT created FROM survey_round WHERE id = :id")
  long creationOrder(String id);
}
