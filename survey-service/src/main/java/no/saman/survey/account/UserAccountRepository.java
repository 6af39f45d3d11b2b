package no.saman.survey.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Account rows. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserAccountRepository extends CrudRepository<UserAccount, String> {

  /**
   * Adds an administrator unless the username is taken: two instances starting together on an empty
   * schema both find no accounts, and the one that inserts second must neither fail its start nor
   * replace the first one's password.
   */
  @Query(
      value =
          "INSERT INTO user_account (username, password_hash, role, municipality, network)"
              + " VALUES (:username, :passwordHash, 'ADMIN', NULL, NULL)"
              + " ON DUPLICATE KEY UPDATE username = username",
      nativeQuery = true)
  void insertAdminIfAbsent(String username, String passwordHash);
}
