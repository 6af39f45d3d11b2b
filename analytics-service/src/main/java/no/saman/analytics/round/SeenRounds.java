package no.saman.analytics.round;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Records the rounds a batch of responses belongs to, in one multi-row statement: a round not yet
 * known gets a row of its own, an existing row is left as it is but locked until the batch commits,
 * so that a round snapshot arriving at the same time waits for the batch (or the batch for it).
 * Callers pass the rounds in id order, so that concurrent batches lock in the same order.
 */
@Singleton
public class SeenRounds {

  private final JdbcOperations jdbc;

  SeenRounds(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** A round as its responses name it. */
  public record Seen(String id, String municipality, String wave) {}

  public void record(Collection<Seen> rounds) {
    if (rounds.isEmpty()) {
      return;
    }
    jdbc.prepareStatement(
        """
        INSERT INTO survey_round (id, municipality, wave) VALUES (?, ?, ?)
        ON DUPLICATE KEY UPDATE id = id""",
        statement -> {
          for (Seen round : rounds) {
            statement.setString(1, round.id());
            statement.setString(2, round.municipality());
            statement.setString(3, round.wave());
            statement.addBatch();
          }
          return statement.executeBatch();
        });
  }
}
