package no.saman.survey.response;

import io.micronaut.context.annotation.Context;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.annotation.PreDestroy;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import no.saman.survey.outbox.OutboxRelay;
import no.saman.survey.problem.DatabaseUnavailable;
import no.saman.survey.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of accepted responses: concurrent submissions are written together, one transaction
 * per batch, with one statement each to lock the tokens, insert the responses, insert their outbox
 * events, spend the tokens and delete the drafts. Each request is answered only after its own batch
 * committed; a token that is already spent, or spent earlier in the same batch, gets 409 and writes
 * nothing. A kill at any moment leaves either the whole batch or none of it.
 */
@Context
public class ResponseWriter {

  private static final Logger LOG = LoggerFactory.getLogger(ResponseWriter.class);
  private static final String TOPIC = ResponseEvent.TOPIC;

  /**
   * READ COMMITTED is enough: a token is judged by a locking read ({@code FOR UPDATE}), which sees
   * the latest committed row whatever the isolation, and REPEATABLE READ's gap locks (the drafts'
   * delete finds nothing to delete for most tokens) would only make batches wait for each other.
   */
  private static final TransactionDefinition BATCH = batchTransaction();

  private final TransactionOperations<Connection> transactions;
  private final OutboxRelay relay;
  private final IntakeSettings settings;
  private final BlockingQueue<PendingResponse> queue = new LinkedBlockingQueue<>();
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean running = true;

  public ResponseWriter(
      TransactionOperations<Connection> transactions, OutboxRelay relay, IntakeSettings settings) {
    this.transactions = transactions;
    this.relay = relay;
    this.settings = settings;
    for (int i = 0; i < settings.writers(); i++) {
      Thread t = new Thread(this::run, "response-writer-" + i);
      t.setDaemon(true);
      writers.add(t);
      t.start();
    }
  }

  /** Queues a validated response; the future completes once its batch has committed. */
  void write(PendingResponse response) {
    if (!running) {
      response.answer().completeExceptionally(stopping());
      return;
    }
    queue.add(response);
  }

  private void run() {
    List<PendingResponse> batch = new ArrayList<>();
    while (running || !queue.isEmpty()) {
      try {
        PendingResponse first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        long until = System.nanoTime() + settings.batchWindow().toNanos();
        while (batch.size() < settings.batchMax()) {
          long left = until - System.nanoTime();
          PendingResponse next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
          if (next == null) {
            break;
          }
          batch.add(next);
        }
        commit(batch);
      } catch (InterruptedException e) {
        if (!running) {
          break;
        }
      } catch (RuntimeException e) {
        LOG.error("Response batch not handled", e);
        batch.forEach(p -> p.answer().completeExceptionally(e));
      } finally {
        batch.clear();
      }
    }
    for (PendingResponse left; (left = queue.poll()) != null; ) {
      left.answer().completeExceptionally(stopping());
    }
  }

  /**
   * Writes a batch and answers each of its requests. If the batch fails for another reason than a
   * lost database (e.g. a deadlock, or one row the database refuses), each response is tried on its
   * own, so that one cannot fail the others.
   */
  private void commit(List<PendingResponse> batch) {
    List<PendingResponse> accepted;
    try {
      accepted = transactions.execute(BATCH, status -> writeBatch(status.getConnection(), batch));
    } catch (RuntimeException e) {
      if (batch.size() > 1 && !DatabaseUnavailable.causedBy(e)) {
        LOG.warn(
            "Response batch of {} failed ({}); writing one by one", batch.size(), e.toString());
        for (PendingResponse p : batch) {
          commit(List.of(p));
        }
      } else {
        batch.forEach(p -> p.answer().completeExceptionally(e));
      }
      return;
    }
    if (!accepted.isEmpty()) {
      relay.wakeUp();
    }
    Set<PendingResponse> written = Collections.newSetFromMap(new IdentityHashMap<>());
    written.addAll(accepted);
    for (PendingResponse p : batch) {
      if (written.contains(p)) {
        p.answer().complete(p.receipt());
      } else {
        p.answer().completeExceptionally(alreadyUsed());
      }
    }
  }

  /** The batch's statements; returns the responses written (the first of each unspent token). */
  private static List<PendingResponse> writeBatch(Connection c, List<PendingResponse> batch) {
    try {
      Set<ByteBuffer> unspent = lockUnspent(c, batch);
      List<PendingResponse> accepted = new ArrayList<>(batch.size());
      for (PendingResponse p : batch) {
        if (unspent.remove(ByteBuffer.wrap(p.tokenHash()))) {
          accepted.add(p);
        }
      }
      if (accepted.isEmpty()) {
        return accepted;
      }
      insertResponses(c, accepted);
      insertEvents(c, accepted);
      byTokens(c, "UPDATE invitation SET used = TRUE WHERE token_hash IN ", accepted);
      byTokens(c, "DELETE FROM draft WHERE token_hash IN ", accepted);
      return accepted;
    } catch (SQLException e) {
      throw new DataAccessException("Response batch not written: " + e.getMessage(), e);
    }
  }

  /** Locks the batch's invitations (in key order, so batches do not deadlock each other). */
  private static Set<ByteBuffer> lockUnspent(Connection c, List<PendingResponse> batch)
      throws SQLException {
    Set<ByteBuffer> unspent = new HashSet<>();
    String sql =
        "SELECT token_hash FROM invitation WHERE used = FALSE AND token_hash IN "
            + marks(batch.size(), 1)
            + " ORDER BY token_hash FOR UPDATE";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < batch.size(); i++) {
        s.setBytes(i + 1, batch.get(i).tokenHash());
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          unspent.add(ByteBuffer.wrap(rs.getBytes(1)));
        }
      }
    }
    return unspent;
  }

  private static void insertResponses(Connection c, List<PendingResponse> rows)
      throws SQLException {
    String sql =
        "INSERT INTO response (id, round_id, unit_code, submitted_on, language, background,"
            + " answers, comments) VALUES "
            + marks(rows.size(), 8);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      for (PendingResponse p : rows) {
        StoredResponse r = p.row();
        s.setString(i++, r.id());
        s.setString(i++, r.roundId());
        s.setString(i++, r.unitCode());
        s.setObject(i++, r.submittedOn());
        s.setString(i++, r.language());
        s.setString(i++, r.background());
        s.setString(i++, r.answers());
        s.setString(i++, r.comments());
      }
      s.executeUpdate();
    }
  }

  private static void insertEvents(Connection c, List<PendingResponse> rows) throws SQLException {
    String sql = "INSERT INTO outbox (topic, message_key, payload) VALUES " + marks(rows.size(), 3);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      for (PendingResponse p : rows) {
        s.setString(i++, TOPIC);
        s.setString(i++, p.municipality());
        s.setString(i++, p.eventJson());
      }
      s.executeUpdate();
    }
  }

  private static void byTokens(Connection c, String sql, List<PendingResponse> rows)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql + marks(rows.size(), 1))) {
      for (int i = 0; i < rows.size(); i++) {
        s.setBytes(i + 1, rows.get(i).tokenHash());
      }
      s.executeUpdate();
    }
  }

  /** {@code (?, ?), (?, ?)} for rows of columns, or {@code (?, ?, ?)} for one column. */
  private static String marks(int rows, int columns) {
    String row = "(" + "?, ".repeat(columns - 1) + "?)";
    if (columns == 1) {
      return "(" + "?, ".repeat(rows - 1) + "?)";
    }
    StringBuilder b = new StringBuilder(rows * row.length() + rows * 2);
    for (int i = 0; i < rows; i++) {
      b.append(i == 0 ? "" : ", ").append(row);
    }
    return b.toString();
  }

  private static TransactionDefinition batchTransaction() {
    DefaultTransactionDefinition d = new DefaultTransactionDefinition();
    d.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
    return d;
  }

  static ProblemException alreadyUsed() {
    return new ProblemException(HttpStatus.CONFLICT, "This link has already been used to answer.");
  }

  private static ProblemException stopping() {
    return new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE, "The service is stopping; send the answers again.");
  }

  @PreDestroy
  void stop() throws InterruptedException {
    running = false;
    for (Thread t : writers) {
      t.join(10_000);
    }
  }
}
