package no.saman.analytics.navigation;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import no.saman.analytics.access.Scope;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.grouping.GroupTree;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.results.GroupFigures;
import no.saman.analytics.results.RoundData;
import no.saman.analytics.results.RoundReader;
import no.saman.analytics.results.RoundResults;
import no.saman.analytics.results.TableView;

/**
 * A round's unit tree with response rates, for picking a unit and following a round while it is
 * open; every group passes the anonymity guard like any result.
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
class UnitTreeController {

  private final RoundReader reader;
  private final RoundResults results;
  private final Scope scope;

  UnitTreeController(RoundReader reader, RoundResults results, Scope scope) {
    this.reader = reader;
    this.results = results;
    this.scope = scope;
  }

  /**
   * @param id the round
   */
  @Get("/{id}/units")
  UnitTree units(Authentication who, @PathVariable String id) {
    scope.requireHrOf(who, reader.round(id).municipality());
    RoundData data = reader.read(id, null);
    TableView table = results.table(data);
    List<GroupTree.Node> nodes = table.tree().nodes();
    int[] depth = new int[nodes.size()];
    List<UnitTree.UnitRate> units = new ArrayList<>();
    for (int row = 1; row < nodes.size(); row++) {
      depth[row] = depth[nodes.get(row).parent()] + 1;
      units.add(rate(table, row, depth[row]));
    }
    return new UnitTree(data.latest().id(), data.latest().wave(), rate(table, 0, 0), units);
  }

  private static UnitTree.UnitRate rate(TableView table, int row, int depth) {
    GroupTree.Node node = table.tree().nodes().get(row);
    String parent = node.parent() <= 0 ? null : table.tree().nodes().get(node.parent()).unit();
    Disclosure<GroupFigures> disclosure = table.disclose(row, 0, GroupFigures.Context.NONE);
    if (disclosure instanceof Disclosure.Shown<GroupFigures> shown) {
      return new UnitTree.UnitRate(
          node.unit(),
          node.name(),
          parent,
          depth,
          node.serviceType(),
          node.headcount(),
          false,
          null,
          shown.responses(),
          shown.figures().responseRate());
    }
    return new UnitTree.UnitRate(
        node.unit(),
        node.name(),
        parent,
        depth,
        node.serviceType(),
        node.headcount(),
        true,
        ((Disclosure.Suppressed<GroupFigures>) disclosure).reason(),
        null,
        null);
  }
}
