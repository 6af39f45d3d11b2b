package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import no.saman.infra.demo.JsonHttp;
import no.saman.infra.kafka.KraftCluster;
import no.saman.infra.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged services on a three-node KRaft cluster (replication factor 3, min.insync.replicas
 * 2): one broker stopped while responses come in. Every 201 is counted in analytics exactly once —
 * nothing lost while partitions move their leaders, nothing counted twice when a relay resends a
 * batch whose acknowledgement it did not get.
 */
class BrokerStoppedInClusterIT {

  private static final List<String> MUNICIPALITIES = List.of("9851", "9852", "9853", "9854");
  private static final int LINKS_PER_MUNICIPALITY = 150;
  private static final int CLIENTS = 8;
  private static final int STOP_AFTER = 150;
  private static final String RESPONSES = "survey.response.v1";

  @TempDir Path kafkaDir;

  @Test
  void shouldCountEvery201ExactlyOnceWhenABrokerStopsDuringIntake() throws Exception {
    try (KraftCluster cluster = new KraftCluster(kafkaDir).start();
        PackagedServices services =
            PackagedServices.start(
                PackagedServices.Setup.of("brokerstop").withKafka(cluster.bootstrapServers()))) {
      String token =
          new JsonHttp(services.surveyUrl())
              .login(PackagedServices.ADMIN_USERNAME, PackagedServices.ADMIN_PASSWORD);
      IntakeRounds rounds =
          IntakeRounds.open(
              new JsonHttp(services.surveyUrl()).withToken(token),
              "2099-brokerstop",
              "brokerstop",
              MUNICIPALITIES,
              LINKS_PER_MUNICIPALITY);
      JsonHttp analytics = new JsonHttp(services.analyticsUrl()).withToken(token);

      Queue<String[]> work = new ConcurrentLinkedQueue<>();
      for (int i = 0; i < LINKS_PER_MUNICIPALITY; i++) {
        for (String code : MUNICIPALITIES) {
          work.add(new String[] {code, rounds.nextLink(code)});
        }
      }
      Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
      MUNICIPALITIES.forEach(code -> accepted.put(code, new AtomicInteger()));
      AtomicInteger total = new AtomicInteger();
      AtomicInteger afterStop = new AtomicInteger();
      Queue<Integer> unexpected = new ConcurrentLinkedQueue<>();
      AtomicBoolean stopped = new AtomicBoolean();
      // The clients hold at STOP_AFTER until the broker is down: on a quiet machine they would
      // otherwise submit everything before a clean broker stop has finished.
      CountDownLatch brokerDown = new CountDownLatch(1);
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        Thread t =
            new Thread(
                () -> {
                  String[] next;
                  while ((next = work.poll()) != null) {
                    if (total.get() >= STOP_AFTER && !stopped.get()) {
                      awaitQuietly(brokerDown);
                    }
                    int status = IntakeRounds.submit(services.surveyUrl(), next[1]);
                    if (status == 201) {
                      accepted.get(next[0]).incrementAndGet();
                      total.incrementAndGet();
                      if (stopped.get()) {
                        afterStop.incrementAndGet();
                      }
                    } else {
                      unexpected.add(status);
                    }
                  }
                });
        clients.add(t);
        t.start();
      }
      await().atMost(Duration.ofMinutes(3)).until(() -> total.get() >= STOP_AFTER);
      // The node that leads most response partitions, so that their leaders have to move.
      List<Integer> leaders = cluster.leaders(RESPONSES);
      int stop = mostFrequent(leaders);
      assertThat(stop).as("leaders of %s: %s", RESPONSES, leaders).isPositive();
      cluster.stop(stop);
      stopped.set(true);
      brokerDown.countDown();
      for (Thread t : clients) {
        t.join();
      }
      System.out.printf(
          "broker %d (leader of %s's partitions %s) stopped after %d 201s; %d accepted after the"
              + " stop%n",
          stop, RESPONSES, leaders, total.get() - afterStop.get(), afterStop.get());
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(cluster.leaders(RESPONSES))
                      .as("%s's leaders after broker %d stopped", RESPONSES, stop)
                      .doesNotContain(stop, -1));
      assertThat(unexpected).as("answers other than 201").isEmpty();
      assertThat(afterStop.get()).as("responses taken while the broker was down").isPositive();
      assertThat(total.get()).isEqualTo(MUNICIPALITIES.size() * LINKS_PER_MUNICIPALITY);

      String surveyJdbc = services.surveyDatabase().jdbcUrl();
      await()
          .atMost(Duration.ofMinutes(2))
          .until(() -> count(surveyJdbc, "SELECT COUNT(*) FROM outbox") == 0);
      for (String code : MUNICIPALITIES) {
        int expected = accepted.get(code).get();
        await()
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> rounds.counted(analytics, code) >= expected);
      }
      // Everything is published: the counts must stay put while a resent event could still arrive.
      for (String code : MUNICIPALITIES) {
        int expected = accepted.get(code).get();
        await()
            .during(Duration.ofSeconds(3))
            .atMost(Duration.ofSeconds(20))
            .until(() -> rounds.counted(analytics, code), n -> n == expected);
      }
      assertThat(
              count(
                  services.analyticsDatabase().jdbcUrl(), "SELECT COUNT(*) FROM response_answers"))
          .as("responses stored in analytics = 201s")
          .isEqualTo(total.get());
    }
  }

  private static long count(String jdbc, String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(jdbc, TestDatabase.user(), TestDatabase.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The value that occurs most often, the first of equals. */
  private static int mostFrequent(List<Integer> values) {
    return values.stream()
        .max(java.util.Comparator.comparingLong(v -> values.stream().filter(v::equals).count()))
        .orElse(-1);
  }
}
