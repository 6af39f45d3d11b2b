package no.saman.analytics.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.organisation.Municipality;
import no.saman.analytics.organisation.MunicipalityRepository;
import no.saman.analytics.organisation.OrgUnit;
import no.saman.analytics.organisation.OrgUnitRepository;
import no.saman.analytics.organisation.UnitTree;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.round.InstrumentStore;
import no.saman.analytics.round.SurveyRound;
import no.saman.analytics.round.SurveyRoundRepository;
import no.saman.analytics.statistics.GroupStatistics;
import no.saman.analytics.statistics.RoundStatistics;
import no.saman.analytics.statistics.StatisticsReader;

/**
 * Reads a group of a round (a unit with everything below it, or the whole municipality) and its
 * municipality from one read-only snapshot of the database.
 */
@Singleton
public class GroupSnapshots {

  private final SurveyRoundRepository rounds;
  private final MunicipalityRepository municipalities;
  private final OrgUnitRepository units;
  private final StatisticsReader statistics;
  private final InstrumentStore instruments;

  GroupSnapshots(
      SurveyRoundRepository rounds,
      MunicipalityRepository municipalities,
      OrgUnitRepository units,
      StatisticsReader statistics,
      InstrumentStore instruments) {
    this.rounds = rounds;
    this.municipalities = municipalities;
    this.units = units;
    this.statistics = statistics;
    this.instruments = instruments;
  }

  /**
   * The municipality a round belongs to, for the scope check before anything else is read.
   *
   * @throws ProblemException 404 for an unknown round
   */
  @ReadOnly
  public String municipalityOf(String roundId) {
    return round(roundId).municipality();
  }

  private SurveyRound round(String roundId) {
    return rounds
        .findById(roundId)
        .orElseThrow(() -> ProblemException.notFound("There is no round " + roundId + "."));
  }

  /**
   * The group's snapshot.
   *
   * @param unit a unit code, or null for the whole municipality
   * @param histogramItems the items whose answer counts are needed besides the indicators
   * @throws ProblemException 404 for an unknown round, or a unit the round does not have
   */
  @ReadOnly
  public GroupSnapshot read(
      String roundId, @Nullable String unit, Collection<String> histogramItems) {
    SurveyRound round = round(roundId);
    Municipality municipality = municipalities.findById(round.municipality()).orElse(null);
    List<OrgUnit> orgUnits = units.findByMunicipality(round.municipality());
    UnitTree tree = new UnitTree(orgUnits);
    RoundStatistics stats = statistics.read(roundId);
    GroupStatistics whole = stats.whole();
    Instrument instrument = instruments.read(roundId);
    Long total = boxed(tree.totalHeadcount());
    if (unit == null) {
      return new GroupSnapshot(
          round,
          municipality,
          null,
          municipality == null ? null : municipality.name(),
          total,
          total,
          whole,
          whole,
          instrument);
    }
    if (tree.unit(unit).isEmpty() && !stats.hasUnit(unit)) {
      throw ProblemException.notFound(
          "Round "
              + roundId
              + " has no unit "
              + unit
              + " in municipality "
              + round.municipality()
              + ".");
    }
    return new GroupSnapshot(
        round,
        municipality,
        unit,
        tree.unit(unit).map(OrgUnit::name).orElse(null),
        boxed(tree.subtreeHeadcount(unit)),
        total,
        stats.subtree(unit),
        whole,
        instrument);
  }

  private static Long boxed(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }
}
