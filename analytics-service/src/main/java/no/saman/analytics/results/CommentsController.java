package no.saman.analytics.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.saman.analytics.access.Scope;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.round.SurveyRound;

/**
 * A group's comments a page at a time, only for a group at the comment threshold (domain §6): the
 * same group and guard as its results, read after a cursor so that a late page costs what the first
 * does.
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/rounds")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class CommentsController {

  static final int PAGE_SIZE = 50;

  /** Why a group shown with its figures shows no comments: it is below the comment threshold. */
  static final String TOO_FEW_FOR_COMMENTS = "too_few_responses_for_comments";

  private static final Pattern CURSOR = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern MODULE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final RoundReader reader;
  private final RoundResults results;
  private final CommentStore store;
  private final Scope scope;

  CommentsController(RoundReader reader, RoundResults results, CommentStore store, Scope scope) {
    this.reader = reader;
    this.results = results;
    this.store = store;
    this.scope = scope;
  }

  /**
   * @param id the round
   * @param unit a unit code; without it, the whole municipality
   * @param module only this module's comments, e.g. HEILTID
   * @param page the {@code next} of the page before; without it, the first page
   */
  @Get("/{id}/comments{?unit,module,page}")
  CommentPage comments(
      Authentication who,
      @PathVariable String id,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String module,
      @Nullable @QueryValue String page) {
    List<Problem.InvalidParam> errors = new ArrayList<>();
    if (unit != null && unit.isBlank()) {
      errors.add(new Problem.InvalidParam("unit", "must be a unit code when given"));
    }
    if (module != null && !MODULE.matcher(module).matches()) {
      errors.add(new Problem.InvalidParam("module", "must be a module id such as HEILTID"));
    }
    if (page != null && !CURSOR.matcher(page).matches()) {
      errors.add(
          new Problem.InvalidParam(
              "page", "must be the next value of an earlier page, or left out"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidParameters(errors);
    }
    SurveyRound round = reader.round(id);
    scope.requireHrOf(who, round.municipality());
    RoundResults.CommentSource source = results.comments(id, unit);
    DisclosedGroup group = source.group();
    GroupResult.Group named =
        new GroupResult.Group(group.municipality(), group.unit(), group.name());
    if (!source.shown()) {
      String reason =
          group.disclosure() instanceof Disclosure.Suppressed<GroupFigures> suppressed
              ? suppressed.reason()
              : TOO_FEW_FOR_COMMENTS;
      return new CommentPage(round.id(), round.wave(), named, module, true, reason, null, null);
    }
    List<CommentStore.KeyedComment> read =
        store
            .page(source.roundIds(), source.units(), module, page, PAGE_SIZE)
            .orElseThrow(
                () ->
                    ProblemException.invalidParameters(
                        List.of(
                            new Problem.InvalidParam(
                                "page", "is not a page of this round's comments"))));
    boolean more = read.size() > PAGE_SIZE;
    List<CommentStore.KeyedComment> shown = more ? read.subList(0, PAGE_SIZE) : read;
    return new CommentPage(
        round.id(),
        round.wave(),
        named,
        module,
        false,
        null,
        shown.stream()
            .map(c -> new CommentPage.Entry(c.comment().module(), c.comment().text()))
            .toList(),
        more ? shown.get(shown.size() - 1).key() : null);
  }
}
