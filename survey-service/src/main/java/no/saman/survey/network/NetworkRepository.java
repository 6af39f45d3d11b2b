package no.saman.survey.network;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Network rows and their members. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface NetworkRepository extends CrudRepository<Network, String> {

  @Query(
      value =
          "SELECT municipality FROM network_member WHERE network = :network ORDER BY municipality",
      nativeQuery = true)
  List<String> members(String network);

  @Query(value = "DELETE FROM network_member WHERE network = :network", nativeQuery = true)
  void removeMembers(String network);

  @Query(
      value = "INSERT INTO network_member (network, municipality) VALUES (:network, :municipality)",
      nativeQuery = true)
  void addMember(String network, String municipality);
}
