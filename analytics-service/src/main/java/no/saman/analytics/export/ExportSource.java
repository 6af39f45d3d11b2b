package no.saman.analytics.export;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import no.saman.analytics.anonymity.AnonymityGuard;
import no.saman.analytics.grouping.GroupTree;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.organisation.Network;
import no.saman.analytics.problem.ProblemException;
import no.saman.analytics.results.RoundData;
import no.saman.analytics.results.RoundReader;
import no.saman.analytics.results.RoundResults;
import no.saman.analytics.results.TableView;
import no.saman.analytics.results.WaveView;
import no.saman.analytics.round.SurveyRound;

/**
 * Opens a round's export: the guard's verdicts on its group tree (as the results show it), then, in
 * one read-only snapshot on a connection of its own, a first streaming pass that counts the
 * backgrounds the plan is made from and a second that hands out the released rows.
 */
@Singleton
class ExportSource {

  private final DataSource dataSource;
  private final ObjectMapper json;
  private final RoundReader reader;
  private final RoundResults results;
  private final AnonymityGuard guard;

  ExportSource(
      DataSource dataSource,
      ObjectMapper json,
      RoundReader reader,
      RoundResults results,
      AnonymityGuard guard) {
    this.dataSource = unwrap(dataSource);
    this.json = json;
    this.reader = reader;
    this.results = results;
    this.guard = guard;
  }

  /** The columns of a round's export, for its codebook. */
  Codebook codebook(SurveyRound round) {
    RoundData data = reader.read(round.id(), null);
    return Codebook.of(round, new ExportLayout(data.instrument()), guard.threshold().k());
  }

  /**
   * The released rows of a round; the caller closes them.
   *
   * @throws ProblemException 503 when the database cannot be reached
   */
  Export open(SurveyRound round) {
    RoundData data = reader.read(round.id(), null);
    TableView table = results.table(data);
    GroupTree tree = table.tree();
    int rows = tree.nodes().size();
    int[] parent = new int[rows];
    boolean[] shown = new boolean[rows];
    String[] municipality = new String[rows];
    String[] code = new String[rows];
    String[] name = new String[rows];
    for (int r = 0; r < rows; r++) {
      GroupTree.Node node = tree.nodes().get(r);
      parent[r] = node.parent();
      shown[r] = table.shown(r, 0);
      municipality[r] = data.municipalityCode();
      code[r] = node.unit() == null ? data.municipalityCode() : node.unit();
      name[r] = node.name();
    }
    ExportLayout layout = new ExportLayout(data.instrument());
    return open(
        Codebook.of(round, layout, guard.threshold().k()),
        layout,
        List.of(round.id()),
        row -> row.unit().equals(data.municipalityCode()) ? 0 : tree.row(row.unit()),
        parent,
        shown,
        municipality,
        code,
        name);
  }

  /** The columns of a network's export for a wave, for its codebook. */
  Codebook codebook(Network network, String wave) {
    NetworkWave members = members(network, wave);
    return Codebook.of(
        null,
        wave,
        null,
        network.id(),
        new ExportLayout(members.instrument()),
        guard.threshold().k());
  }

  /**
   * The released rows of a network's wave, at municipality level only: each member that ran a round
   * in the wave is a group when its results show the municipality; the caller closes them.
   */
  Export open(Network network, String wave) {
    NetworkWave members = members(network, wave);
    int rows = members.data().size() + 1;
    int[] parent = new int[rows];
    boolean[] shown = new boolean[rows];
    String[] code = new String[rows];
    String[] name = new String[rows];
    Map<String, Integer> rowOf = new HashMap<>();
    parent[0] = -1;
    code[0] = network.id();
    name[0] = network.name();
    List<String> roundIds = new ArrayList<>();
    for (int m = 0; m < members.data().size(); m++) {
      RoundData data = members.data().get(m);
      int r = m + 1;
      parent[r] = 0;
      shown[r] = members.view().table(data.municipalityCode()).shown(0, 0);
      code[r] = data.municipalityCode();
      name[r] = data.municipality() == null ? null : data.municipality().name();
      rowOf.put(data.municipalityCode(), r);
      data.rounds().forEach(round -> roundIds.add(round.id()));
    }
    ExportLayout layout = new ExportLayout(members.instrument());
    Codebook codebook = Codebook.of(null, wave, null, network.id(), layout, guard.threshold().k());
    return open(
        codebook,
        layout,
        roundIds,
        row -> rowOf.getOrDefault(row.municipality(), -1),
        parent,
        shown,
        code,
        code,
        name);
  }

  /**
   * The members' rounds of the wave, in municipality order, and the instrument of the first; from
   * the wave's guarded tables the comparisons keep (one read of the wave per statistics version,
   * instead of a read and a table per member for every export).
   */
  private record NetworkWave(WaveView view, List<RoundData> data, Instrument instrument) {}

  private NetworkWave members(Network network, String wave) {
    WaveView view = results.wave(wave);
    List<RoundData> data = new ArrayList<>();
    for (String member : new TreeSet<>(network.members())) {
      RoundData memberData = view.data(member);
      if (memberData != null) {
        data.add(memberData);
      }
    }
    return new NetworkWave(
        view, data, data.isEmpty() ? Instrument.UNKNOWN : data.get(0).instrument());
  }

  private Export open(
      Codebook codebook,
      ExportLayout layout,
      List<String> roundIds,
      ToIntFunction<ExportRows.Row> rowOf,
      int[] parent,
      boolean[] shown,
      String[] municipality,
      String[] code,
      String[] name) {
    if (roundIds.isEmpty()) {
      return new Export(codebook, ReleasedRows.NONE);
    }
    ExportRows released =
        new ExportRows(connect(), json, layout, roundIds, rowOf, municipality, code, name);
    try {
      Map<Integer, Map<List<String>, Long>> counts = released.count();
      released.release(ReleasePlan.of(parent, shown, counts, guard.threshold().k()));
    } catch (SQLException | RuntimeException e) {
      released.close();
      throw e instanceof RuntimeException r ? r : unavailable(e);
    }
    return new Export(codebook, released);
  }

  /**
   * A codebook and the rows it describes.
   *
   * @param rows none when there are no rounds to read
   */
  record Export(Codebook codebook, ReleasedRows rows) {}

  private Connection connect() {
    try {
      Connection connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      return connection;
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  private static ProblemException unavailable(Exception e) {
    return ProblemException.unavailable("The database cannot be reached: " + e.getMessage());
  }

  /** The pool itself: the export holds its connection outside any request transaction. */
  private static DataSource unwrap(DataSource dataSource) {
    DataSource target = dataSource;
    while (target instanceof DelegatingDataSource delegating) {
      target = delegating.getTargetDataSource();
    }
    return target;
  }
}
