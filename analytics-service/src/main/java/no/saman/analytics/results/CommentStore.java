package no.saman.analytics.results;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import no.saman.analytics.anonymity.CommentScreen;

/**
 * Reads the comments of a group's units, screened and in alphabetical order, so that their order
 * says nothing about who wrote them or when.
 */
@Singleton
class CommentStore {

  private final JdbcOperations jdbc;

  CommentStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param units the units whose respondents' comments to read; null for every unit of the rounds
   */
  @ReadOnly
  List<String> read(Collection<String> roundIds, Collection<String> units) {
    if (roundIds.isEmpty() || (units != null && units.isEmpty())) {
      return List.of();
    }
    String sql =
        "SELECT text FROM response_comment WHERE round_id IN ("
            + placeholders(roundIds.size())
            + ")"
            + (units == null ? "" : " AND unit IN (" + placeholders(units.size()) + ")");
    return jdbc.prepareStatement(
        sql,
        s -> {
          int i = 1;
          for (String round : roundIds) {
            s.setString(i++, round);
          }
          if (units != null) {
            for (String unit : units) {
              s.setString(i++, unit);
            }
          }
          List<String> comments = new ArrayList<>();
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              comments.add(CommentScreen.screen(rs.getString(1)));
            }
          }
          Collections.sort(comments);
          return comments;
        });
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
