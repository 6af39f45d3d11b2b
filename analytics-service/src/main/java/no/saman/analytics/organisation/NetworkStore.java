package no.saman.analytics.organisation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and replaces the copy of the networks and their members, in the caller's transaction. */
@Singleton
public class NetworkStore {

  private final JdbcOperations jdbc;

  NetworkStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the network as announced: its member list replaces the previous one. */
  public void replace(Network network) {
    jdbc.prepareStatement(
        """
        INSERT INTO network (id, name, theme, leader) VALUES (?, ?, ?, ?)
        ON DUPLICATE KEY UPDATE name = ?, theme = ?, leader = ?""",
        s -> {
          s.setString(1, network.id());
          s.setString(2, network.name());
          s.setString(3, network.theme());
          s.setString(4, network.leader());
          s.setString(5, network.name());
          s.setString(6, network.theme());
          s.setString(7, network.leader());
          return s.executeUpdate();
        });
    jdbc.prepareStatement(
        "DELETE FROM network_member WHERE network = ?",
        s -> {
          s.setString(1, network.id());
          return s.executeUpdate();
        });
    jdbc.prepareStatement(
        "INSERT INTO network_member (network, municipality) VALUES (?, ?)",
        s -> {
          for (String member : network.members()) {
            s.setString(1, network.id());
            s.setString(2, member);
            s.addBatch();
          }
          return s.executeBatch();
        });
  }

  @ReadOnly
  public Optional<Network> find(String id) {
    List<String> members =
        strings(
            "SELECT municipality FROM network_member WHERE network = ?" + " ORDER BY municipality",
            id);
    return jdbc.prepareStatement(
        "SELECT id, name, theme, leader FROM network WHERE id = ?",
        s -> {
          s.setString(1, id);
          try (ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
              return Optional.empty();
            }
            return Optional.of(
                new Network(
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), members));
          }
        });
  }

  /** The ids of the networks the municipality belongs to, in id order. */
  @ReadOnly
  public List<String> networksOf(String municipality) {
    return strings(
        "SELECT network FROM network_member WHERE municipality = ? ORDER BY network", municipality);
  }

  @ReadOnly
  public boolean isMember(String network, String municipality) {
    return networksOf(municipality).contains(network);
  }

  private List<String> strings(String sql, String parameter) {
    return jdbc.prepareStatement(
        sql,
        s -> {
          s.setString(1, parameter);
          List<String> values = new ArrayList<>();
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              values.add(rs.getString(1));
            }
          }
          return values;
        });
  }
}
