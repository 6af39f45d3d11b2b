package no.saman.analytics.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import no.saman.analytics.comparison.NetworkComparison;
import no.saman.analytics.comparison.NetworkComparison.WaveComparison;
import no.saman.analytics.comparison.NetworkComparisons;
import no.saman.analytics.organisation.Network;
import no.saman.analytics.organisation.NetworkStore;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.results.RoundReader;
import no.saman.analytics.round.SurveyRound;
import no.saman.reports.group.WaveFigures;
import no.saman.reports.network.NetworkReportModel;
import no.saman.reports.network.NetworkReportModel.MemberMunicipality;

/**
 * Builds the network comparison's model from GET /api/networks/{id}/comparison over the waves the
 * members ran up to the report's: each member as the guard shows it, the network mean pooled over
 * the members shown (so a suppressed member cannot be subtracted from it), all participants with
 * their N, the trends, and each member's goals.
 */
@Singleton
class NetworkReportModels {

  private static final Comparator<SurveyRound> OPENING =
      Comparator.comparing(r -> r.opens() == null ? LocalDate.MIN : r.opens());

  private final NetworkStore networks;
  private final NetworkComparisons comparisons;
  private final RoundReader reader;
  private final NetworkMembers members;

  NetworkReportModels(
      NetworkStore networks,
      NetworkComparisons comparisons,
      RoundReader reader,
      NetworkMembers members) {
    this.networks = networks;
    this.comparisons = comparisons;
    this.reader = reader;
    this.members = members;
  }

  /**
   * @param wave null for the latest wave any member ran
   * @throws ProblemException 404 for an unknown network, or a wave none of its members ran
   */
  NetworkReportModel of(String id, @Nullable String wave, LocalDate generatedOn) {
    Network network =
        networks
            .find(id)
            .orElseThrow(() -> ProblemException.notFound("There is no network " + id + "."));
    Map<String, List<SurveyRound>> rounds = new LinkedHashMap<>();
    network.members().forEach(m -> rounds.put(m, reader.roundsOf(m)));
    String chosen = wave != null ? wave : reader.latestWave(network.members()).orElse(null);
    if (chosen == null
        || rounds.values().stream().flatMap(List::stream).noneMatch(inWave(chosen))) {
      throw ProblemException.notFound(
          "No municipality of network "
              + id
              + " ran a round"
              + (chosen == null ? "" : " in wave " + chosen)
              + ".");
    }
    List<String> waves = wavesUpTo(rounds, chosen);
    NetworkComparison comparison = comparisons.compare(network, waves, KeyIndicators.NETWORK);
    List<WaveComparison> perWave = comparison.waves();
    WaveComparison current = perWave.get(perWave.size() - 1);
    List<String> ids = KeyIndicators.present(KeyIndicators.NETWORK, i -> anyValue(current, i));
    List<MemberMunicipality> participating = new ArrayList<>();
    for (String member : network.members()) {
      if (rounds.get(member).stream().anyMatch(inWave(chosen))) {
        participating.add(members.of(member, rounds.get(member), perWave, ids));
      }
    }
    List<WaveFigures> meanTrend = new ArrayList<>();
    for (WaveComparison w : perWave) {
      Map<String, Double> mean = NetworkMembers.values(w, ids, NetworkMembers.NETWORK);
      meanTrend.add(new WaveFigures(w.wave(), mean.isEmpty(), null, mean));
    }
    return new NetworkReportModel(
        network.name(),
        network.theme(),
        chosen,
        ids,
        participating,
        NetworkMembers.values(current, ids, NetworkMembers.NETWORK),
        NetworkMembers.values(current, ids, NetworkMembers.ALL),
        current.participants(),
        meanTrend,
        generatedOn,
        current.members());
  }

  private static boolean anyValue(WaveComparison wave, String id) {
    return wave.indicators().stream()
        .filter(i -> i.id().equals(id))
        .anyMatch(
            i ->
                i.network() != null
                    || i.all() != null
                    || i.municipalities().stream().anyMatch(m -> m.value() != null));
  }

  private static Predicate<SurveyRound> inWave(String wave) {
    return round -> round.wave().equals(wave);
  }

  /** The members' waves in the order they first opened, up to and including {@code wave}. */
  private static List<String> wavesUpTo(Map<String, List<SurveyRound>> rounds, String wave) {
    List<SurveyRound> all =
        rounds.values().stream()
            .flatMap(List::stream)
            .sorted(OPENING.thenComparing(SurveyRound::id))
            .toList();
    Set<String> waves = new LinkedHashSet<>();
    for (SurveyRound round : all) {
      waves.add(round.wave());
      if (round.wave().equals(wave)) {
        break;
      }
    }
    List<String> upTo = new ArrayList<>(waves);
    if (!upTo.contains(wave)) {
      upTo.add(wave);
    }
    return upTo;
  }
}
