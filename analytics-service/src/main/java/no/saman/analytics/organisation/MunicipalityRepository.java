package no.saman.analytics.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads and upserts the copy of the municipalities. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface MunicipalityRepository extends GenericRepository<Municipality, String> {

  Optional<Municipality> findById(String code);

  List<Municipality> findByCodeInList(Collection<String> codes);

  @Query(
      """
      INSERT INTO municipality (code, name, county, language)
      VALUES (:code, :name, :county, :language)
      ON DUPLICATE KEY UPDATE name = :name, county = :county, language = :language""")
  void upsert(String code, String name, String county, String language);
}
