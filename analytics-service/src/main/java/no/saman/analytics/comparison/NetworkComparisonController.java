package no.saman.analytics.comparison;

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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.saman.analytics.access.Scope;
import no.saman.analytics.indicator.IndicatorCatalogue;
import no.saman.analytics.indicator.IndicatorInfo;
import no.saman.analytics.indicator.Kind;
import no.saman.analytics.indicator.Source;
import no.saman.analytics.organisation.Network;
import no.saman.analytics.organisation.NetworkStore;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.Problem.InvalidParam;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.results.RoundReader;
import no.saman.analytics.round.InstrumentStore;

/**
 * The network comparison: each member municipality, the network and all participants per indicator,
 * for one wave ({@code wave=}, default the latest) or as a trend ({@code waves=a,b}).
 */
@ApiResponse(
    responseCode = "4XX",
    description = "Refused: problem details naming each invalid field",
    content =
        @Content(
            mediaType = "application/problem+json",
            schema = @Schema(implementation = Problem.class)))
@Controller("/api/networks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class NetworkComparisonController {

  private final NetworkStore networks;
  private final NetworkComparisons comparisons;
  private final RoundReader reader;
  private final InstrumentStore instruments;
  private final Scope scope;

  NetworkComparisonController(
      NetworkStore networks,
      NetworkComparisons comparisons,
      RoundReader reader,
      InstrumentStore instruments,
      Scope scope) {
    this.networks = networks;
    this.comparisons = comparisons;
    this.reader = reader;
    this.instruments = instruments;
    this.scope = scope;
  }

  /**
   * @param wave one wave; without it and without waves, the members' latest
   * @param waves comma-separated waves for a trend, in the order given
   * @param indicators comma-separated indicator ids; without it, every survey indicator with a
   *     single value
   */
  @Get("/{id}/comparison{?wave,waves,indicators}")
  NetworkComparison comparison(
      Authentication who,
      @PathVariable String id,
      @Nullable @QueryValue String wave,
      @Nullable @QueryValue String waves,
      @Nullable @QueryValue String indicators) {
    scope.requireLeaderOf(who, id);
    Network network =
        networks
            .find(id)
            .orElseThrow(() -> ProblemException.notFound("There is no network " + id + "."));
    Set<String> known =
        IndicatorCatalogue.all(instruments.modulesWithIndices()).stream()
            .filter(i -> i.source() == Source.SURVEY && i.kind() != Kind.DISTRIBUTION)
            .map(IndicatorInfo::id)
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    List<InvalidParam> errors = new ArrayList<>();
    List<String> chosen = indicators == null ? List.copyOf(known) : split(indicators);
    List<String> unknown = chosen.stream().filter(i -> !known.contains(i)).toList();
    if (!unknown.isEmpty() || chosen.isEmpty()) {
      errors.add(
          new InvalidParam(
              "indicators", "must be survey indicator ids of GET /api/indicators: " + unknown));
    }
    if (wave != null && waves != null) {
      errors.add(new InvalidParam("waves", "give either wave or waves, not both"));
    }
    List<String> asked = waves != null ? split(waves) : wave != null ? List.of(wave) : List.of();
    if (asked.stream().anyMatch(w -> !w.matches("[0-9]{4}-[a-z0-9-]+"))) {
      errors.add(new InvalidParam(waves != null ? "waves" : "wave", "must be wave labels"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidParameters(errors);
    }
    if (asked.isEmpty()) {
      asked = reader.latestWave(network.members()).map(List::of).orElse(List.of());
    }
    return comparisons.compare(network, asked, chosen);
  }

  private static List<String> split(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
