package no.saman.analytics.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.saman.analytics.grouping.UnitInfo;
import no.saman.analytics.organisation.Municipality;
import no.saman.analytics.organisation.MunicipalityRepository;
import no.saman.analytics.organisation.OrgUnit;
import no.saman.analytics.organisation.OrgUnitRepository;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.round.InstrumentStore;
import no.saman.analytics.round.SurveyRound;
import no.saman.analytics.round.SurveyRoundRepository;
import no.saman.analytics.round.WaveOrder;
import no.saman.analytics.statistics.StatisticsReader;
import no.saman.analytics.statistics.UnitCell;

/** Reads a municipality's round(s) with their organisation and statistics in one snapshot. */
@Singleton
public class RoundReader {

  /** Rounds latest first, in wave order (year, season, creation). */
  static final Comparator<SurveyRound> LATEST_FIRST = WaveOrder.LATEST_FIRST;

  private final SurveyRoundRepository rounds;
  private final MunicipalityRepository municipalities;
  private final OrgUnitRepository units;
  private final InstrumentStore instruments;
  private final StatisticsReader statistics;

  RoundReader(
      SurveyRoundRepository rounds,
      MunicipalityRepository municipalities,
      OrgUnitRepository units,
      InstrumentStore instruments,
      StatisticsReader statistics) {
    this.rounds = rounds;
    this.municipalities = municipalities;
    this.units = units;
    this.instruments = instruments;
    this.statistics = statistics;
  }

  /**
   * @throws ProblemException 404 for an unknown round
   */
  @ReadOnly
  public SurveyRound round(String roundId) {
    return rounds
        .findById(roundId)
        .orElseThrow(() -> ProblemException.notFound("There is no round " + roundId + "."));
  }

  /** One round, with the categories of {@code dimension} when given. */
  @ReadOnly
  public RoundData read(String roundId, @Nullable String dimension) {
    SurveyRound round = round(roundId);
    return read(List.of(round), round.municipality(), dimension);
  }

  /** Every round of the municipality in the wave; empty when it ran none. */
  @ReadOnly
  public java.util.Optional<RoundData> readWave(
      String municipality, String wave, @Nullable String dimension) {
    List<SurveyRound> inWave = rounds.findByMunicipalityAndWave(municipality, wave);
    if (inWave.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(read(inWave, municipality, dimension));
  }

  /** The statistics version now: what the results' caches are kept by. */
  @ReadOnly
  public long statisticsVersion() {
    return statistics.version();
  }

  /** Every participating municipality's rounds of the wave, everyone's cells only. */
  @ReadOnly
  public List<RoundData> readAllOfWave(String wave) {
    List<SurveyRound> inWave = rounds.findByWave(wave);
    if (inWave.isEmpty()) {
      return List.of();
    }
    Map<String, List<SurveyRound>> byMunicipality = new java.util.TreeMap<>();
    inWave.forEach(
        r ->
            byMunicipality
                .computeIfAbsent(r.municipality(), m -> new java.util.ArrayList<>())
                .add(r));
    Map<String, Municipality> named = new java.util.HashMap<>();
    municipalities.findByCodeInList(byMunicipality.keySet()).forEach(m -> named.put(m.code(), m));
    Map<String, Map<String, UnitInfo>> organisation = new java.util.HashMap<>();
    for (OrgUnit unit : units.findByMunicipalityInList(byMunicipality.keySet())) {
      organisation
          .computeIfAbsent(unit.municipality(), m -> new LinkedHashMap<>())
          .put(unit.code(), info(unit));
    }
    Map<String, List<UnitCell>> cells = new java.util.HashMap<>();
    for (UnitCell cell :
        statistics.read(inWave.stream().map(SurveyRound::id).toList(), null, null)) {
      cells.computeIfAbsent(cell.municipality(), m -> new java.util.ArrayList<>()).add(cell);
    }
    Map<String, List<SurveyRound>> sorted = new LinkedHashMap<>();
    byMunicipality.forEach((m, list) -> sorted.put(m, list.stream().sorted(LATEST_FIRST).toList()));
    Map<String, no.saman.analytics.instrument.Instrument> snapshots =
        instruments.read(sorted.values().stream().map(l -> l.get(0).id()).toList());
    List<RoundData> all = new java.util.ArrayList<>();
    sorted.forEach(
        (m, list) ->
            all.add(
                new RoundData(
                    list,
                    m,
                    named.get(m),
                    snapshots.get(list.get(0).id()),
                    organisation.getOrDefault(m, Map.of()),
                    cells.getOrDefault(m, List.of()),
                    List.of(),
                    null)));
    return all;
  }

  /** The municipality's units as the organisation topic gave them, by code. */
  @ReadOnly
  public Map<String, UnitInfo> organisation(String municipality) {
    Map<String, UnitInfo> organisation = new LinkedHashMap<>();
    for (OrgUnit unit : units.findByMunicipality(municipality)) {
      organisation.put(unit.code(), info(unit));
    }
    return organisation;
  }

  /** The municipality's rounds, latest first. */
  @ReadOnly
  public List<SurveyRound> roundsOf(String municipality) {
    return rounds.findByMunicipality(municipality).stream().sorted(LATEST_FIRST).toList();
  }

  /** The wave of the municipality's latest round, empty when it has none. */
  @ReadOnly
  public java.util.Optional<String> latestWave(String municipality) {
    return latestWave(List.of(municipality));
  }

  /** The wave of the latest round of any of the municipalities, empty when they have none. */
  @ReadOnly
  public java.util.Optional<String> latestWave(java.util.Collection<String> municipalities) {
    return municipalities.stream()
        .flatMap(m -> rounds.findByMunicipality(m).stream())
        .sorted(LATEST_FIRST)
        .map(SurveyRound::wave)
        .findFirst();
  }

  /**
   * The municipality's round(s) of the wave before the given one — the wave of its latest round
   * before {@code round} in wave order that has another wave — empty when there is none.
   */
  @ReadOnly
  public java.util.Optional<RoundData> readPrevious(SurveyRound round) {
    List<SurveyRound> earlier =
        rounds.findByMunicipality(round.municipality()).stream()
            .filter(r -> !r.wave().equals(round.wave()))
            .filter(r -> LATEST_FIRST.compare(r, round) > 0)
            .sorted(LATEST_FIRST)
            .toList();
    if (earlier.isEmpty()) {
      return java.util.Optional.empty();
    }
    String wave = earlier.get(0).wave();
    return readWave(round.municipality(), wave, null);
  }

  private static UnitInfo info(OrgUnit unit) {
    return new UnitInfo(
        unit.code(), unit.name(), unit.parent(), unit.headcount(), unit.serviceType());
  }

  private RoundData read(List<SurveyRound> list, String municipality, @Nullable String dimension) {
    List<SurveyRound> sorted = list.stream().sorted(LATEST_FIRST).toList();
    List<String> ids = sorted.stream().map(SurveyRound::id).toList();
    Municipality named = municipalities.findById(municipality).orElse(null);
    Map<String, UnitInfo> organisation = new LinkedHashMap<>();
    for (OrgUnit unit : units.findByMunicipality(municipality)) {
      organisation.put(unit.code(), info(unit));
    }
    List<UnitCell> everyone = statistics.read(ids, null, null);
    List<UnitCell> byCategory =
        dimension == null ? List.of() : statistics.read(ids, dimension, null);
    return new RoundData(
        sorted,
        municipality,
        named,
        instruments.read(ids.get(0)),
        organisation,
        everyone,
        byCategory,
        dimension);
  }
}
