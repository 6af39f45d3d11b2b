package no.saman.analytics.drivers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.saman.analytics.anonymity.AnonymityGuard;
import no.saman.analytics.grouping.GroupTree;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.results.GroupResult;
import no.saman.analytics.results.RoundData;
import no.saman.analytics.results.RoundReader;
import no.saman.analytics.results.RoundResults;
import no.saman.analytics.results.TableView;
import no.saman.analytics.statistics.ResponseMeasures;
import no.saman.analytics.statistics.StoredResponses;

/**
 * Reads a group's stored responses and, when at least max(3k, 30) of them answered the outcome and
 * every driver, analyses the drivers; the group itself must be shown by the anonymity guard.
 */
@Singleton
public class DriverService {

  /** The outcomes a driver analysis can explain: K1, N6 and wants_larger. */
  public static final List<String> OUTCOMES = DriverCatalogue.OUTCOMES;

  /** Correlations are unstable below this many respondents, whatever k is. */
  static final int MINIMUM_RESPONDENTS = 30;

  private static final String METHOD = "johnson_relative_weights";
  private static final int CHUNK = 500;

  private final RoundReader reader;
  private final RoundResults results;
  private final StoredResponses responses;
  private final AnonymityGuard guard;

  DriverService(
      RoundReader reader, RoundResults results, StoredResponses responses, AnonymityGuard guard) {
    this.reader = reader;
    this.results = results;
    this.responses = responses;
    this.guard = guard;
  }

  /** The respondents a group needs: max(3k, 30). */
  public int minimum() {
    return Math.max(3 * guard.threshold().k(), MINIMUM_RESPONDENTS);
  }

  /**
   * @param unit null for the whole municipality
   * @param outcome one of {@link DriverCatalogue#OUTCOMES}
   * @throws ProblemException 404 for an unknown round or unit, 400 when the round does not ask the
   *     outcome
   */
  @ReadOnly
  public DriversView drivers(String roundId, @Nullable String unit, String outcome) {
    RoundData data = reader.read(roundId, null);
    TableView table = results.table(data);
    int row = RoundResults.rowOf(table, data, roundId, unit);
    GroupTree.Node node = table.tree().nodes().get(row);
    GroupResult.Group group = new GroupResult.Group(data.municipalityCode(), unit, node.name());
    DriverCatalogue.Variable y =
        DriverCatalogue.outcome(outcome, data.instrument())
            .orElseThrow(
                () ->
                    ProblemException.invalidParameters(
                        List.of(
                            new Problem.InvalidParam(
                                "outcome", "is not asked in round " + roundId))));
    List<DriverCatalogue.Variable> drivers = DriverCatalogue.drivers(data.instrument(), outcome);
    String wave = data.latest().wave();
    if (!table.shown(row, 0)) {
      return gated(roundId, wave, group, outcome, "too_few_responses");
    }
    double[][] rows =
        rows(
            roundId,
            row == 0 ? null : table.tree().subtreeUnits(row),
            drivers,
            y,
            data.instrument());
    if (rows.length < minimum()) {
      return gated(roundId, wave, group, outcome, "too_few_for_drivers");
    }
    long seed = seed(roundId, unit, outcome);
    Optional<DriverAnalysis> analysis =
        drivers.size() < 2 ? Optional.empty() : DriverAnalysis.of(rows, seed);
    if (analysis.isEmpty()) {
      return gated(roundId, wave, group, outcome, "not_estimable");
    }
    List<DriversView.DriverView> views = new ArrayList<>();
    for (int j = 0; j < drivers.size(); j++) {
      DriverAnalysis.Driver d = analysis.get().drivers().get(j);
      views.add(
          new DriversView.DriverView(
              drivers.get(j).id(),
              d.correlation(),
              d.weight(),
              d.share(),
              List.of(d.weightLow(), d.weightHigh()),
              d.rank(),
              List.of(d.rankLow(), d.rankHigh()),
              d.mean(),
              drivers.get(j).hundred(d.mean())));
    }
    views.sort(Comparator.comparingInt(DriversView.DriverView::rank));
    return new DriversView(
        roundId,
        wave,
        group,
        outcome,
        false,
        null,
        minimum(),
        METHOD,
        (long) rows.length,
        analysis.get().rSquared(),
        new DriversView.Bootstrap(analysis.get().resamples(), seed, 0.95),
        views);
  }

  private DriversView gated(
      String roundId, String wave, GroupResult.Group group, String outcome, String reason) {
    return new DriversView(
        roundId, wave, group, outcome, true, reason, minimum(), METHOD, null, null, null, null);
  }

  /** The complete cases of the group, in response id order. */
  private double[][] rows(
      String roundId,
      @Nullable List<String> units,
      List<DriverCatalogue.Variable> drivers,
      DriverCatalogue.Variable outcome,
      Instrument instrument) {
    Set<String> inGroup = units == null ? null : new HashSet<>(units);
    List<double[]> rows = new ArrayList<>();
    responses.forEachChunk(
        roundId,
        CHUNK,
        chunk ->
            chunk.forEach(
                r -> {
                  if (inGroup == null || inGroup.contains(r.unit())) {
                    double[] values =
                        DriverCatalogue.row(
                            ResponseMeasures.of(r.answers(), instrument), drivers, outcome);
                    if (values != null) {
                      rows.add(values);
                    }
                  }
                }));
    return rows.toArray(new double[0][]);
  }

  /** The same seed for the same question, so that the intervals are reproducible. */
  static long seed(String roundId, @Nullable String unit, String outcome) {
    String key = "drivers|" + roundId + "|" + (unit == null ? "" : unit) + "|" + outcome;
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
  }
}
