package no.saman.analytics.round;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads and upserts the copy of the survey rounds. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SurveyRoundRepository extends GenericRepository<SurveyRound, String> {

  Optional<SurveyRound> findById(String id);

  List<SurveyRound> findByMunicipalityAndWave(String municipality, String wave);

  List<SurveyRound> findByMunicipality(String municipality);

  List<SurveyRound> findByWave(String wave);

  List<SurveyRound> findByMunicipalityInList(Collection<String> municipalities);

  @Query(
      """
      INSERT INTO survey_round
        (id, municipality, title, wave, modules, opens, closes, status, created)
      VALUES (:id, :municipality, :title, :wave, :modules, :opens, :closes, :status, :created)
      ON DUPLICATE KEY UPDATE municipality = :municipality, title = :title, wave = :wave,
        modules = :modules, opens = :opens, closes = :closes, status = :status,
        created = COALESCE(:created, created)""")
  void upsert(
      String id,
      String municipality,
      String title,
      String wave,
      String modules,
      LocalDate opens,
      LocalDate closes,
      String status,
      @Nullable Long created);
}
