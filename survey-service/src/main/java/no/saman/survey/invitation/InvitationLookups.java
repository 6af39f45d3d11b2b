package no.saman.survey.invitation;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import no.saman.survey.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks up the invitations of concurrent requests together, one statement for all that are waiting
 * (under load the per-request lookup cost a connection, a statement and Micronaut Data's mapping
 * each). There is no batching window: a lookup waits at most for the one in progress. A plain read,
 * as before: the submission spends the token under a lock (ResponseWriter).
 */
@Singleton
public class InvitationLookups {

  private static final Logger LOG = LoggerFactory.getLogger(InvitationLookups.class);
  private static final int BATCH_MAX = 500;

  private final ConnectionOperations<Connection> connections;
  private final BlockingQueue<Lookup> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean running = true;

  private record Lookup(byte[] tokenHash, CompletableFuture<Optional<Invitation>> answer) {}

  public InvitationLookups(ConnectionOperations<Connection> connections) {
    this.connections = connections;
    this.thread = new Thread(this::run, "invitation-lookups");
    thread.setDaemon(true);
    thread.start();
  }

  /** The invitation of a token's hash, if there is one. */
  public Optional<Invitation> find(byte[] tokenHash) {
    if (!running) {
      throw stopping();
    }
    Lookup lookup = new Lookup(tokenHash, new CompletableFuture<>());
    queue.add(lookup);
    try {
      return lookup.answer().join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private void run() {
    List<Lookup> batch = new ArrayList<>();
    while (running) {
      try {
        Lookup first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, BATCH_MAX - 1);
        Map<ByteBuffer, Invitation> found =
            connections.execute(
                ConnectionDefinition.DEFAULT, s -> select(s.getConnection(), batch));
        for (Lookup l : batch) {
          l.answer().complete(Optional.ofNullable(found.get(ByteBuffer.wrap(l.tokenHash()))));
        }
      } catch (InterruptedException e) {
        if (!running) {
          break;
        }
      } catch (RuntimeException | Error e) {
        // Every waiting request gets the failure (503 for a database away); the thread goes on, or
        // the requests queued after it would wait for ever.
        LOG.debug("Invitation lookup failed", e);
        batch.forEach(l -> l.answer().completeExceptionally(e));
      } finally {
        batch.clear();
      }
    }
    for (Lookup left; (left = queue.poll()) != null; ) {
      left.answer().completeExceptionally(stopping());
    }
  }

  private static Map<ByteBuffer, Invitation> select(Connection c, List<Lookup> batch) {
    String sql =
        "SELECT token_hash, round_id, unit_code, used FROM invitation WHERE token_hash IN ("
            + "?, ".repeat(batch.size() - 1)
            + "?)";
    Map<ByteBuffer, Invitation> found = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < batch.size(); i++) {
        s.setBytes(i + 1, batch.get(i).tokenHash());
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          byte[] hash = rs.getBytes(1);
          found.put(
              ByteBuffer.wrap(hash),
              new Invitation(hash, rs.getString(2), rs.getString(3), rs.getBoolean(4)));
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("Invitations not read: " + e.getMessage(), e);
    }
    return found;
  }

  private static ProblemException stopping() {
    return new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE, "The service is stopping; try the link again.");
  }

  @PreDestroy
  void stop() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(5_000);
  }
}
