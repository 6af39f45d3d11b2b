package no.saman.infra.kafka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Three real Kafka nodes in KRaft mode, each broker and controller in one, inside the current JVM:
 * topics are replicated to all three and a write needs two in sync (replication factor 3, {@code
 * min.insync.replicas} 2), so that any one node can be stopped — as in production's three-broker
 * cluster — without losing an acknowledged record or refusing writes.
 */
public final class KraftCluster implements AutoCloseable {

  public static final int NODES = 3;

  private static final Map<String, String> REPLICATED =
      Map.of(
          "default.replication.factor", "3",
          "min.insync.replicas", "2",
          "offsets.topic.replication.factor", "3",
          "transaction.state.log.replication.factor", "3",
          "transaction.state.log.min.isr", "2",
          "share.coordinator.state.topic.replication.factor", "3",
          "share.coordinator.state.topic.min.isr", "2",
          "unclean.leader.election.enable", "false");

  private final List<KraftBroker> nodes = new ArrayList<>();

  /**
   * @param dataDir each node keeps its log and metadata in {@code node-N} below it
   */
  public KraftCluster(Path dataDir) {
    List<Integer> ports = new ArrayList<>();
    List<Integer> controllerPorts = new ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      ports.add(KraftBroker.freePort());
      controllerPorts.add(KraftBroker.freePort());
    }
    String voters = "";
    for (int i = 0; i < NODES; i++) {
      voters += (i == 0 ? "" : ",") + (i + 1) + "@127.0.0.1:" + controllerPorts.get(i);
    }
    for (int i = 0; i < NODES; i++) {
      nodes.add(
          new KraftBroker(
              dataDir.resolve("node-" + (i + 1)),
              i + 1,
              ports.get(i),
              controllerPorts.get(i),
              voters,
              REPLICATED));
    }
  }

  /**
   * Starts the three nodes together (a node's broker waits for a controller quorum, two of three)
   * and waits until each answers clients.
   */
  public KraftCluster start() {
    ExecutorService starts =
        Executors.newFixedThreadPool(NODES); // not the common pool: 1 on 2 cores
    try {
      CompletableFuture.allOf(
              nodes.stream()
                  .map(n -> CompletableFuture.runAsync(n::start, starts))
                  .toArray(CompletableFuture[]::new))
          .join();
    } finally {
      starts.shutdown();
    }
    return this;
  }

  /** All three nodes' client addresses, for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return nodes.stream().map(KraftBroker::bootstrapServers).collect(Collectors.joining(","));
  }

  /** Stops node {@code id} (1 to 3) cleanly; the other two keep serving. */
  public void stop(int id) {
    nodes.get(id - 1).close();
  }

  /**
   * Each partition's leader: a node id (1 to 3), or -1 while the partition has none. A drill that
   * stops a node checks with this that the node led something, so that leaders really had to move.
   */
  public List<Integer> leaders(String topic) {
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
            10_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            20_000);
    try (Admin admin = Admin.create(config)) {
      TopicDescription description =
          admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
      return description.partitions().stream()
          .map(TopicPartitionInfo::leader)
          .map(leader -> leader == null || leader.isEmpty() ? -1 : leader.id())
          .toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("cannot describe topic " + topic, e.getCause());
    }
  }

  /** Starts node {@code id} again on its data directory and ports. */
  public void restart(int id) {
    nodes.get(id - 1).start();
  }

  /**
   * Stops the nodes together: one after the other, the last would wait for a controller quorum that
   * is gone before its broker could shut down.
   */
  @Override
  public void close() {
    onEveryNode(KraftBroker::close);
  }

  private void onEveryNode(Consumer<KraftBroker> action) {
    ExecutorService threads =
        Executors.newFixedThreadPool(NODES); // the common pool is 1 on 2 cores
    try {
      CompletableFuture.allOf(
              nodes.stream()
                  .map(n -> CompletableFuture.runAsync(() -> action.accept(n), threads))
                  .toArray(CompletableFuture[]::new))
          .join();
    } finally {
      threads.shutdown();
    }
  }
}
