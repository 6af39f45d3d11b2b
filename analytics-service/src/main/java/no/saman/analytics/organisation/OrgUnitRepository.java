package no.saman.analytics.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** Reads and upserts the copy of the unit trees. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrgUnitRepository extends GenericRepository<OrgUnit, String> {

  List<OrgUnit> findByMunicipality(String municipality);

  boolean existsById(String id);

  List<OrgUnit> findByMunicipalityInList(Collection<String> municipalities);

  @Query(
      """
      INSERT INTO org_unit (id, municipality, code, name, parent, headcount, service_type)
      VALUES (:id, :municipality, :code, :name, :parent, :headcount, :serviceType)
      ON DUPLICATE KEY UPDATE name = :name, parent = :parent, headcount = :headcount,
        service_type = :serviceType""")
  void upsert(
      String id,
      String municipality,
      String code,
      String name,
      @Nullable String parent,
      int headcount,
      String serviceType);
}
