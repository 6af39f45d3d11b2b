package no.saman.survey.organisation.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * What an organisation import did, or would do in a dry run.
 *
 * @param missing codes of units in the database that the file does not have (kept, not deleted: a
 *     round may still refer to them)
 * @param rejected every problem of every line; a real run with any stores nothing
 * @param lines each line read and what it does to its unit, for the console's preview
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImportResult(
    int created,
    int updated,
    int unchanged,
    List<String> missing,
    List<Rejected> rejected,
    List<Line> lines) {

  public static final String CREATED = "created";
  public static final String UPDATED = "updated";
  public static final String UNCHANGED = "unchanged";
  public static final String REJECTED = "rejected";

  /**
   * A problem with one field of one line (the header is line 1).
   *
   * @param error what is wrong, in English
   * @param problem the {@link ImportProblem} key, for clients that say it in another language
   * @param values the values {@code error} names (a code, a line, a loop), by placeholder
   */
  @Serdeable
  public record Rejected(
      int line, String field, String error, String problem, Map<String, String> values) {}

  /**
   * @param change created, updated, unchanged or rejected
   */
  @Serdeable
  public record Line(int line, @Nullable String code, @Nullable String name, String change) {}
}
