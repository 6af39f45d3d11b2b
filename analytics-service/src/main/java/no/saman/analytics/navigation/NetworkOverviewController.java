package no.saman.analytics.navigation;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.ReadOnly;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.access.Scope;
import no.saman.analytics.organisation.Municipality;
import no.saman.analytics.organisation.MunicipalityRepository;
import no.saman.analytics.organisation.Network;
import no.saman.analytics.organisation.NetworkStore;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.round.SurveyRound;
import no.saman.analytics.round.SurveyRoundRepository;

/** A network's members and waves, for its leader to pick a wave and compare. */
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
class NetworkOverviewController {

  private final NetworkStore networks;
  private final MunicipalityRepository municipalities;
  private final SurveyRoundRepository rounds;
  private final Scope scope;

  NetworkOverviewController(
      NetworkStore networks,
      MunicipalityRepository municipalities,
      SurveyRoundRepository rounds,
      Scope scope) {
    this.networks = networks;
    this.municipalities = municipalities;
    this.rounds = rounds;
    this.scope = scope;
  }

  /**
   * @param id the network id
   */
  @Get("/{id}")
  @ReadOnly
  NetworkOverview network(Authentication who, @PathVariable String id) {
    scope.requireLeaderOf(who, id);
    Network network =
        networks
            .find(id)
            .orElseThrow(() -> ProblemException.notFound("There is no network " + id + "."));
    Map<String, Municipality> named = new HashMap<>();
    municipalities.findByCodeInList(network.members()).forEach(m -> named.put(m.code(), m));
    List<RoundList.MunicipalityInfo> members =
        network.members().stream()
            .map(
                code -> {
                  Municipality m = named.get(code);
                  return m == null
                      ? new RoundList.MunicipalityInfo(code, null, null, null)
                      : new RoundList.MunicipalityInfo(code, m.name(), m.county(), m.language());
                })
            .toList();
    Map<String, LocalDate> firstOpening = new HashMap<>();
    for (SurveyRound round : rounds.findByMunicipalityInList(network.members())) {
      LocalDate opens = round.opens() == null ? LocalDate.MAX : round.opens();
      firstOpening.merge(round.wave(), opens, (a, b) -> a.isBefore(b) ? a : b);
    }
    List<String> waves =
        firstOpening.entrySet().stream()
            .sorted(
                Map.Entry.<String, LocalDate>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toList();
    return new NetworkOverview(
        network.id(), network.name(), network.theme(), network.leader(), members, waves);
  }
}
