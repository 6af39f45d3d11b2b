package no.saman.infra.bench;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import no.saman.infra.demo.MunicipalityClock;
import no.saman.infra.testing.TestDatabase;

/**
 * The raw limit the service is measured against: the rows one accepted response writes, straight
 * over JDBC, one transaction per response (lock the invitation, insert the response, insert the
 * outbox row, mark the token used, delete the draft, commit), from {@code threads} threads, in a
 * scratch schema whose tables are copies of survey-service's.
 */
final class BareJdbcLoop {

  private static final String[] TABLES = {"invitation", "response", "outbox", "draft"};

  private final String serviceSchema;
  private final String scratchSchema;

  BareJdbcLoop(String serviceSchema, String scratchSchema) {
    this.serviceSchema = serviceSchema;
    this.scratchSchema = scratchSchema;
  }

  /** Responses per second over {@code seconds}, after {@code warmupSeconds} unmeasured. */
  double run(int threads, int warmupSeconds, int seconds, String payload) throws Exception {
    String round = UUID.randomUUID().toString();
    ConcurrentLinkedQueue<byte[]> tokens = setUp(round, (warmupSeconds + seconds) * 4000);
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    long measureFrom = start + warmupSeconds * 1_000_000_000L;
    long end = measureFrom + seconds * 1_000_000_000L;
    int[] atMeasureStart = new int[1];
    List<Thread> workers = new ArrayList<>();
    List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w =
          new Thread(
              () -> {
                try (Connection c = connect(scratchSchema)) {
                  c.setAutoCommit(false);
                  byte[] hash;
                  while (System.nanoTime() < end && (hash = tokens.poll()) != null) {
                    respond(c, hash, round, payload);
                    done.incrementAndGet();
                  }
                } catch (Exception e) {
                  failures.add(e);
                }
              },
              "bare-jdbc-" + t);
      workers.add(w);
      w.start();
    }
    Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
    atMeasureStart[0] = done.get();
    long measuredStart = System.nanoTime();
    for (Thread w : workers) {
      w.join();
    }
    double elapsed = (System.nanoTime() - measuredStart) / 1e9;
    if (!failures.isEmpty()) {
      throw new IllegalStateException("bare JDBC loop failed", failures.get(0));
    }
    return (done.get() - atMeasureStart[0]) / elapsed;
  }

  private static void respond(Connection c, byte[] hash, String round, String payload)
      throws SQLException {
    String unit;
    try (PreparedStatement lock =
        c.prepareStatement(
            "SELECT round_id, unit_code, used FROM invitation WHERE token_hash = ? FOR UPDATE")) {
      lock.setBytes(1, hash);
      try (ResultSet rs = lock.executeQuery()) {
        if (!rs.next() || rs.getBoolean(3)) {
          throw new IllegalStateException("token not usable");
        }
        unit = rs.getString(2);
      }
    }
    String id = UUID.randomUUID().toString();
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO response (id, round_id, unit_code, submitted_on, language, background,"
                + " answers, comments) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, id);
      insert.setString(2, round);
      insert.setString(3, unit);
      insert.setObject(4, LocalDate.now(MunicipalityClock.fromEnvironment()));
      insert.setString(5, "nb");
      insert.setString(
          6, "{\"occupation\":\"nurse\",\"ageBand\":\"40-49\",\"tenureBand\":\"3-9\"}");
      insert.setString(7, payload);
      insert.setString(8, "{}");
      insert.executeUpdate();
    }
    try (PreparedStatement outbox =
        c.prepareStatement(
            "INSERT INTO outbox (topic, message_key, payload) VALUES ('survey.response.v1', ?, ?)")) {
      outbox.setString(1, "9990");
      outbox.setString(2, payload);
      outbox.executeUpdate();
    }
    try (PreparedStatement used =
        c.prepareStatement("UPDATE invitation SET used = TRUE WHERE token_hash = ?")) {
      used.setBytes(1, hash);
      used.executeUpdate();
    }
    try (PreparedStatement draft = c.prepareStatement("DELETE FROM draft WHERE token_hash = ?")) {
      draft.setBytes(1, hash);
      draft.executeUpdate();
    }
    c.commit();
  }

  /** Copies survey-service's tables into a fresh scratch schema and invites {@code count}. */
  private ConcurrentLinkedQueue<byte[]> setUp(String round, int count) throws Exception {
    try (Connection c = connect("");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + scratchSchema + "`");
      s.execute("CREATE DATABASE `" + scratchSchema + "`");
      for (String table : TABLES) {
        s.execute(
            "CREATE TABLE `"
                + scratchSchema
                + "`."
                + table
                + " LIKE `"
                + serviceSchema
                + "`."
                + table);
      }
    }
    ConcurrentLinkedQueue<byte[]> tokens = new ConcurrentLinkedQueue<>();
    SecureRandom random = new SecureRandom();
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    try (Connection c = connect(scratchSchema)) {
      c.setAutoCommit(false);
      try (PreparedStatement i =
          c.prepareStatement(
              "INSERT INTO invitation (token_hash, round_id, unit_code, used) VALUES (?, ?, 'BENCH', FALSE)")) {
        for (int n = 0; n < count; n++) {
          byte[] token = new byte[32];
          random.nextBytes(token);
          byte[] hash = sha256.digest(token);
          i.setBytes(1, hash);
          i.setString(2, round);
          i.addBatch();
          tokens.add(hash);
          if (n % 1000 == 999) {
            i.executeBatch();
          }
        }
        i.executeBatch();
      }
      c.commit();
    }
    return tokens;
  }

  void drop() throws SQLException {
    try (Connection c = connect("");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + scratchSchema + "`");
    }
  }

  private static Connection connect(String schema) throws SQLException {
    return DriverManager.getConnection(
        TestDatabase.serverUrl()
            + "/"
            + schema
            + "?rewriteBatchedStatements=true&connectionTimeZone=UTC&useUnicode=true&characterEncoding=UTF-8",
        TestDatabase.user(),
        TestDatabase.password());
  }
}
