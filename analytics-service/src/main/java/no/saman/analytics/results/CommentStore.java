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
 * Reads the comments of a group's units, screened and in alphabetical order, so that their order
 * says nothing about who wrote them or when: all at once for a report, or a page at a time after a
 * cursor (keyset paging on the indexed sort text and comment key, never an OFFSET scan).
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

  /**
   * One page of comments in (sort text, comment key) order, one more than asked for when there are
   * more, so the caller knows whether there is a next page.
   *
   * @param units the units whose respondents' comments to read; null for every unit of the rounds
   * @param module only this module's comments, null for every module
   * @param after the comment key the previous page ended with, null for the first page
   * @return empty when {@code after} is not a comment of these rounds
   */
  @ReadOnly
  java.util.Optional<List<KeyedComment>> page(
      Collection<String> roundIds,
      Collection<String> units,
      String module,
      String after,
      int size) {
    if (roundIds.isEmpty() || (units != null && units.isEmpty())) {
      return java.util.Optional.of(List.of());
    }
    String afterText = null;
    if (after != null) {
      afterText = sortTextOf(roundIds, after);
      if (afterText == null) {
        return java.util.Optional.empty();
      }
    }
    String sql =
        "SELECT module, text, comment_key FROM response_comment WHERE round_id IN ("
            + placeholders(roundIds.size())
            + ")"
            + (units == null ? "" : " AND unit IN (" + placeholders(units.size()) + ")")
            + (module == null ? "" : " AND module = ?")
            + (after == null ? "" : " AND (sort_text > ? OR (sort_text = ? AND comment_key > ?))")
            + " ORDER BY sort_text, comment_key LIMIT ?";
    String text = afterText;
    return java.util.Optional.of(
        jdbc.prepareStatement(
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
              if (module != null) {
                s.setString(i++, module);
              }
              if (after != null) {
                s.setString(i++, text);
                s.setString(i++, text);
                s.setString(i++, after);
              }
              s.setInt(i, size + 1);
              List<KeyedComment> comments = new ArrayList<>();
              try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                  comments.add(
                      new KeyedComment(
                          new Comment(rs.getString(1), CommentScreen.screen(rs.getString(2))),
                          rs.getString(3)));
                }
              }
              return comments;
            }));
  }

  /** A comment with the key a page may end on. */
  record KeyedComment(Comment comment, String key) {}

  private String sortTextOf(Collection<String> roundIds, String key) {
    return jdbc.prepareStatement(
        "SELECT sort_text FROM response_comment WHERE comment_key = ? AND round_id IN ("
            + placeholders(roundIds.size())
            + ")",
        s -> {
          s.setString(1, key);
          int i = 2;
          for (String round : roundIds) {
            s.setString(i++, round);
          }
          try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
          }
        });
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
