package no.saman.analytics.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of a group's comments; a group below the comment threshold is {@code suppressed} with
 * its reason and no comment, no count.
 *
 * @param module the module asked for, absent for every module
 * @param comments alphabetical, at most {@link CommentsController#PAGE_SIZE}
 * @param next the {@code page} to ask for next, absent on the last page
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommentPage(
    String round,
    String wave,
    GroupResult.Group group,
    @Nullable String module,
    boolean suppressed,
    @Nullable String reason,
    @Nullable List<Entry> comments,
    @Nullable String next) {

  /** A screened comment and the module it was written in. */
  @Serdeable
  public record Entry(String module, String text) {}
}
