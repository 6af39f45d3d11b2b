package no.saman.analytics.results;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import no.saman.analytics.anonymity.CommentScreen;

/**
 * Reads the comments of a group's units, screened and in alphabetical order (of the text, then the
 * module), so that their order says nothing about who wrote them or when.
 */
@Singleton
class CommentStore {

  private static final Comparator<Comment> ALPHABETICAL =
      Comparator.comparing(Comment::text).thenComparing(Comment::module);

  private final JdbcOperations jdbc;

  CommentStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param units the units whose respondents' comments to read; null for every unit of the rounds
   */
  @ReadOnly
  List<Comment> read(Collection<String> roundIds, Collection<String> units) {
    if (roundIds.isEmpty() || (units != null && units.isEmpty())) {
      return List.of();
    }
    String sql =
        "SELECT module, text FROM response_comment WHERE round_id IN ("
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
          List<Comment> comments = new ArrayList<>();
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              comments.add(new Comment(rs.getString(1), CommentScreen.screen(rs.getString(2))));
            }
          }
          comments.sort(ALPHABETICAL);
          return comments;
        });
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
