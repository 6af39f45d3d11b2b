package no.saman.analytics.results;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.saman.analytics.anonymity.AnonymityGuard;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.grouping.GroupTree;
import no.saman.analytics.organisation.Network;
import no.saman.analytics.organisation.NetworkStore;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.register.Period;
import no.saman.analytics.register.RegisterTable;
import no.saman.analytics.register.SickLeaveStore;
import no.saman.analytics.round.SurveyRound;

/**
 * The groups of a municipality's round or wave as they may be shown: builds the group tree, lets
 * the anonymity guard decide on every cell of it, puts each figure beside its comparison groups and
 * its previous round, and reads comments only where allowed: all of them for the unit report, a
 * page at a time for the API (the results themselves carry none, so they cost the same however many
 * comments there are).
 */
@Singleton
public class RoundResults {

  private final RoundReader reader;
  private final AnonymityGuard guard;
  private final CommentStore comments;
  private final NetworkStore networks;
  private final SickLeaveStore sickLeave;
  private final WaveCache waves = new WaveCache();

  RoundResults(
      RoundReader reader,
      AnonymityGuard guard,
      CommentStore comments,
      NetworkStore networks,
      SickLeaveStore sickLeave) {
    this.reader = reader;
    this.guard = guard;
    this.comments = comments;
    this.networks = networks;
    this.sickLeave = sickLeave;
  }

  /**
   * The register figures of a table's groups for the latest quarter that began by the end of the
   * round, null when the municipality has reported none.
   */
  public RegisterTable register(RoundData data, TableView table) {
    List<SickLeaveStore.Stored> lines = sickLeave.of(data.municipalityCode());
    SurveyRound round = data.latest();
    java.time.LocalDate by =
        round.closes() != null ? round.closes() : round.opens() != null ? round.opens() : null;
    Period period =
        lines.stream()
            .map(SickLeaveStore.Stored::period)
            .filter(p -> by == null || !p.start().isAfter(by))
            .max(Period::compareTo)
            .orElse(null);
    return period == null ? null : new RegisterTable(table.tree(), lines, period, guard);
  }

  /** The tree and the guard's verdicts for a municipality's round(s). */
  public TableView table(RoundData data) {
    GroupTree tree =
        new GroupTree(
            data.municipalityCode(),
            data.municipality() == null ? null : data.municipality().name(),
            data.everyone(),
            data.byCategory(),
            data.dimension(),
            data.organisation());
    return TableView.of(tree, data.instrument(), guard);
  }

  /** Every participant of a wave as its guarded table, for comparisons. */
  public WaveView wave(String wave) {
    return waves.get(
        reader.statisticsVersion(),
        wave,
        () -> new WaveView(wave, reader.readAllOfWave(wave), this::table));
  }

  /**
   * The table row of {@code unit}, or of the whole municipality (row 0) when none is named.
   *
   * @throws ProblemException 404 when the round has no such unit
   */
  public static int rowOf(TableView table, RoundData data, String roundId, @Nullable String unit) {
    int row = unit == null ? 0 : table.tree().row(unit);
    if (row < 0) {
      throw ProblemException.notFound(
          "Round "
              + roundId
              + " has no unit "
              + unit
              + " in municipality "
              + data.municipalityCode()
              + ".");
    }
    return row;
  }

  /**
   * One group of a round: a unit with its sub-units, or the whole municipality.
   *
   * @param unit a unit code, null for the whole municipality
   * @param dimension a background dimension to break the group down by, or null
   * @throws ProblemException 404 for an unknown round or a unit the round does not have
   */
  public DisclosedGroup group(String roundId, @Nullable String unit, @Nullable String dimension) {
    RoundData data = reader.read(roundId, dimension);
    TableView table = table(data);
    int row = rowOf(table, data, roundId, unit);
    return new Disclosing(data, table, false).group(row);
  }

  /**
   * One group of a municipality's wave, every round of the wave pooled: what the results API
   * compares a round's group with as its previous figure.
   *
   * @param unit a unit code, null for the whole municipality
   * @return empty when the municipality ran no round in the wave or its tree has no such unit
   */
  public Optional<DisclosedGroup> waveGroup(
      String municipality, String wave, @Nullable String unit) {
    return reader
        .readWave(municipality, wave, null)
        .flatMap(
            data -> {
              TableView table = table(data);
              int row = unit == null ? 0 : table.tree().row(unit);
              return row < 0
                  ? Optional.empty()
                  : Optional.of(new Disclosing(data, table, false).group(row));
            });
  }

  /**
   * Where a group's comments are, and whether it may show them.
   *
   * @param group the group as the API names it, suppressed or not
   * @param shown whether the group is at the comment threshold
   * @param units the group's units, null for the whole municipality
   */
  public record CommentSource(
      DisclosedGroup group, boolean shown, List<String> roundIds, List<String> units) {}

  /**
   * The comment source of one group of a round.
   *
   * @throws ProblemException 404 for an unknown round or a unit the round does not have
   */
  public CommentSource comments(String roundId, @Nullable String unit) {
    RoundData data = reader.read(roundId, null);
    TableView table = table(data);
    int row = rowOf(table, data, roundId, unit);
    GroupTree.Node node = table.tree().nodes().get(row);
    DisclosedGroup group =
        new DisclosedGroup(
            data.latest(),
            data.municipalityCode(),
            data.municipality(),
            node.unit(),
            null,
            node.name(),
            node.serviceType(),
            null,
            null,
            table.disclose(row, 0, GroupFigures.Context.NONE),
            List.of(),
            List.of(),
            null);
    return new CommentSource(
        group,
        table.commentsShown(row),
        data.rounds().stream().map(SurveyRound::id).toList(),
        row == 0 ? null : table.tree().subtreeUnits(row));
  }

  /**
   * A unit of a round beside its whole municipality, both disclosed from the same table with the
   * same comparisons: what the unit report shows.
   *
   * @throws ProblemException 404 for an unknown round or a unit the round does not have
   */
  public UnitInMunicipality unitInMunicipality(String roundId, String unit) {
    RoundData data = reader.read(roundId, null);
    TableView table = table(data);
    int row = table.tree().row(unit);
    if (row <= 0) {
      throw ProblemException.notFound(
          "Round "
              + roundId
              + " has no unit "
              + unit
              + " in municipality "
              + data.municipalityCode()
              + ".");
    }
    Disclosing disclosing = new Disclosing(data, table, true);
    return new UnitInMunicipality(disclosing.group(row), disclosing.group(0));
  }

  /** A unit and its municipality in the same round. */
  public record UnitInMunicipality(DisclosedGroup unit, DisclosedGroup municipality) {}

  /**
   * A municipality's own figures in a wave as the guard shows them, without comparisons or change:
   * a point of its trend.
   *
   * @return empty when the municipality ran no round in the wave
   */
  public Optional<Disclosure<GroupFigures>> municipalityFigures(String code, String wave) {
    return reader
        .readWave(code, wave, null)
        .map(data -> table(data).disclose(0, 0, GroupFigures.Context.NONE));
  }

  /**
   * A municipality in a wave with its unit table.
   *
   * @param wave the wave, null for the municipality's latest
   * @param withUnits whether to disclose the unit table at all
   * @return empty when the municipality ran no round in the wave
   */
  public Optional<MunicipalityGroups> municipality(
      String code, @Nullable String wave, boolean withUnits) {
    Optional<String> chosen = wave == null ? reader.latestWave(code) : Optional.of(wave);
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    // The wave's cached view holds this municipality's data and guarded table, read in the same
    // snapshot as the comparisons: building them per request was a third of a 200-unit answer.
    WaveView view = wave(chosen.get());
    RoundData data = view.data(code);
    if (data == null) {
      return Optional.empty();
    }
    Disclosing disclosing = new Disclosing(data, view.table(code), false);
    List<DisclosedGroup> units = new ArrayList<>();
    if (withUnits) {
      for (int r = 1; r < disclosing.table.tree().nodes().size(); r++) {
        units.add(disclosing.group(r));
      }
    }
    return Optional.of(new MunicipalityGroups(disclosing.group(0), units));
  }

  /**
   * A municipality's groups in a wave.
   *
   * @param units every unit of its tree, parents first; empty when not asked for
   */
  public record MunicipalityGroups(DisclosedGroup municipality, List<DisclosedGroup> units) {}

  /** One table's groups with their comparisons, read once per request. */
  private final class Disclosing {
    private final RoundData data;
    private final TableView table;
    private final boolean withComments;
    private WaveView wave;
    private GroupContext.Comparisons comparisons;
    private Optional<RoundData> previousData;
    private TableView previousTable;
    private RegisterTable registerTable;
    private boolean registerRead;

    /**
     * @param withComments whether to read every comment of a group that may show them (reports)
     */
    Disclosing(RoundData data, TableView table, boolean withComments) {
      this.data = data;
      this.table = table;
      this.withComments = withComments;
    }

    DisclosedGroup group(int row) {
      GroupTree.Node node = table.tree().nodes().get(row);
      String parentUnit =
          node.parent() <= 0 ? null : table.tree().nodes().get(node.parent()).unit();
      List<DisclosedGroup> breakdown = new ArrayList<>();
      for (int c = 1; c <= table.tree().categories().size(); c++) {
        breakdown.add(
            new DisclosedGroup(
                data.latest(),
                data.municipalityCode(),
                data.municipality(),
                node.unit(),
                parentUnit,
                node.name(),
                node.serviceType(),
                data.dimension(),
                table.tree().categories().get(c - 1),
                table.disclose(row, c, context(row, c)),
                List.of(),
                List.of(),
                null));
      }
      List<Comment> text = List.of();
      if (withComments && table.commentsShown(row)) {
        List<String> ids = data.rounds().stream().map(SurveyRound::id).toList();
        text = comments.read(ids, row == 0 ? null : table.tree().subtreeUnits(row));
      }
      return new DisclosedGroup(
          data.latest(),
          data.municipalityCode(),
          data.municipality(),
          node.unit(),
          parentUnit,
          node.name(),
          node.serviceType(),
          null,
          null,
          table.disclose(row, 0, context(row, 0)),
          text,
          breakdown,
          registerBlock(row));
    }

    private RegisterBlock registerBlock(int row) {
      if (!table.shown(row, 0)) {
        return null;
      }
      if (!registerRead) {
        registerTable = register(data, table);
        registerRead = true;
      }
      return registerTable == null
          ? null
          : new RegisterBlock(registerTable.period().toString(), registerTable.shown(row));
    }

    private GroupContext context(int row, int column) {
      if (column != 0 || !table.shown(row, 0)) {
        return new GroupContext(
            table, row, column, null, data.instrument(), null, null, guard.threshold().k());
      }
      if (wave == null) {
        wave = wave(data.latest().wave());
        comparisons = comparisons();
        previousData = reader.readPrevious(data.latest());
        previousTable = previousData.map(RoundResults.this::table).orElse(null);
      }
      GroupContext.Earlier earlier = null;
      if (previousTable != null) {
        String unit = table.tree().nodes().get(row).unit();
        int previousRow = unit == null ? 0 : previousTable.tree().row(unit);
        if (previousRow >= 0 && previousTable.shown(previousRow, 0)) {
          earlier =
              new GroupContext.Earlier(
                  previousData.get().latest().wave(), previousTable, previousRow);
        }
      }
      return new GroupContext(
          table, row, 0, wave, data.instrument(), comparisons, earlier, guard.threshold().k());
    }

    private GroupContext.Comparisons comparisons() {
      String county = data.municipality() == null ? null : data.municipality().county();
      List<Network> memberOf = new ArrayList<>();
      for (String id : networks.networksOf(data.municipalityCode())) {
        networks.find(id).ifPresent(memberOf::add);
      }
      return new GroupContext.Comparisons(county, memberOf);
    }
  }
}
