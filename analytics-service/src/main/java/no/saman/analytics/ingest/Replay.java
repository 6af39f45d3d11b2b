package no.saman.analytics.ingest;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.saman.analytics.statistics.StoredResponses;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the survey topics from offset 0 up to their current end into this service's schema,
 * through the same decoding and storing as live consumption: the organisation and rounds first, so
 * that responses find their instrument, then the responses. Records the live consumer dead-lettered
 * are only counted: the dead-letter topic has them already. The responses' answers are stored batch
 * by batch and their statistics computed at the end, a round at a time and a unit at a time, so
 * that each statistics row is written once instead of once per batch that touches it (at 1 000 000
 * responses over 11 000 units a batch of 10 000 hardly shares a row, and rewriting the rows was
 * most of the replay).
 */
@Singleton
public class Replay {

  private static final Logger LOG = LoggerFactory.getLogger(Replay.class);
  private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
  private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
  private static final int MAX_ATTEMPTS = 30;

  private final KafkaProperties properties;
  private final BatchProcessor processor;
  private final IngestWriter writer;
  private final StoredResponses stored;
  private final ConsumerSettings settings;
  private final int threads;
  private final java.util.concurrent.atomic.AtomicInteger consumers =
      new java.util.concurrent.atomic.AtomicInteger();

  Replay(
      KafkaProperties properties,
      BatchProcessor processor,
      IngestWriter writer,
      StoredResponses stored,
      ConsumerSettings settings,
      @Value("${analytics.consumer.threads:2}") int threads) {
    this.properties = properties;
    this.processor = processor;
    this.writer = writer;
    this.stored = stored;
    this.settings = settings;
    this.threads = threads;
  }

  /** Told how far the replay has come, after every stored batch. */
  @FunctionalInterface
  public interface Progress {
    void update(String phase, long done, long total);
  }

  /**
   * What the replay did.
   *
   * @param events records read and stored or rejected
   * @param rejected records that could not be used
   * @param endOffsets where each partition ended: a consumer group continuing from here misses
   *     nothing
   */
  public record Result(long events, long rejected, Map<TopicPartition, Long> endOffsets) {}

  /**
   * Replays everything up to the ends the topics have now: the organisation and rounds on one
   * consumer, then the responses' partitions split between {@code analytics.consumer.threads}
   * consumers working at the same time (each partition, so each municipality, stays in order), and
   * last the statistics of every round that has answers, as many rounds at a time.
   */
  public Result run(Progress progress) throws InterruptedException {
    Map<TopicPartition, Long> ends = new ConcurrentHashMap<>();
    List<String> setupTopics = List.of(OrganisationEvent.TOPIC, RoundEvent.TOPIC);
    Tally setup = new Tally(String.join(" + ", setupTopics), progress);
    try (KafkaConsumer<byte[], byte[]> kafka = consumer()) {
      replay(kafka, partitions(kafka, setupTopics), ends, setup);
    }
    Tally responses = new Tally(ResponseEvent.TOPIC, progress);
    List<TopicPartition> responsePartitions;
    try (KafkaConsumer<byte[], byte[]> kafka = consumer()) {
      responsePartitions = partitions(kafka, List.of(ResponseEvent.TOPIC));
    }
    inParallel(
        responsePartitions,
        share -> {
          try (KafkaConsumer<byte[], byte[]> kafka = consumer()) {
            replay(kafka, share, ends, responses);
          }
        });
    recountEveryRound(progress);
    return new Result(
        setup.done + responses.done, setup.rejected + responses.rejected, Map.copyOf(ends));
  }

  /** Events done and rejected in one phase, told to the progress as they grow. */
  private static final class Tally {
    private final String phase;
    private final Progress progress;
    private long total;
    private long done;
    private long rejected;

    Tally(String phase, Progress progress) {
      this.phase = phase;
      this.progress = progress;
    }

    synchronized void expect(long more) {
      total += more;
      progress.update(phase, done, total);
    }

    synchronized void add(long stored, long unusable) {
      done += stored;
      rejected += unusable;
      progress.update(phase, done, total);
    }
  }

  /** One worker's share of the parallel work. */
  @FunctionalInterface
  private interface Share<T> {
    void run(List<T> share) throws InterruptedException;
  }

  /** Splits the items between up to {@code threads} workers and waits for all of them. */
  private <T> void inParallel(List<T> items, Share<T> work) throws InterruptedException {
    int workers = Math.max(1, Math.min(threads, items.size()));
    List<List<T>> shares = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      shares.add(new ArrayList<>());
    }
    for (int i = 0; i < items.size(); i++) {
      shares.get(i % workers).add(items.get(i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<Void>> running = new ArrayList<>();
      for (List<T> share : shares) {
        running.add(
            pool.submit(
                () -> {
                  work.run(share);
                  return null;
                }));
      }
      for (Future<Void> share : running) {
        share.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException("replay failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Computes the statistics of every round with stored answers, each in its own transaction. */
  private void recountEveryRound(Progress progress) throws InterruptedException {
    List<String> rounds = stored.rounds();
    Tally tally = new Tally("statistics", progress);
    tally.expect(rounds.size());
    inParallel(
        rounds,
        share -> {
          for (String round : share) {
            withRetries(
                () -> {
                  try {
                    writer.recount(round);
                  } catch (RuntimeException e) {
                    if (FailureKind.of(e) == FailureKind.TRANSIENT) {
                      throw new TransientFailure(e);
                    }
                    throw e;
                  }
                  return 0;
                });
            tally.add(1, 0);
          }
        });
  }

  private static List<TopicPartition> partitions(
      KafkaConsumer<byte[], byte[]> kafka, List<String> topics) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(30));
      if (infos != null) {
        infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
    }
    return partitions;
  }

  private void replay(
      KafkaConsumer<byte[], byte[]> kafka,
      List<TopicPartition> partitions,
      Map<TopicPartition, Long> ends,
      Tally tally)
      throws InterruptedException {
    kafka.assign(partitions);
    kafka.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
    Map<TopicPartition, Long> begin = kafka.beginningOffsets(partitions);
    ends.putAll(end);
    tally.expect(partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum());
    while (partitions.stream().anyMatch(p -> kafka.position(p) < end.get(p))) {
      List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
      for (ConsumerRecord<byte[], byte[]> r : kafka.poll(POLL_TIMEOUT)) {
        if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
          batch.add(r);
        }
      }
      if (!batch.isEmpty()) {
        tally.add(batch.size(), storeWithRetries(batch));
      }
    }
    kafka.unsubscribe();
  }

  private KafkaConsumer<byte[], byte[]> consumer() {
    Map<String, Object> config = config("-" + consumers.incrementAndGet());
    return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private int storeWithRetries(List<ConsumerRecord<byte[], byte[]>> batch)
      throws InterruptedException {
    return withRetries(() -> processor.store(batch, IngestWriter.Counting.AFTER_REPLAY).size());
  }

  /** A step of the replay that the database may fail for a while. */
  @FunctionalInterface
  private interface Step {
    int run() throws TransientFailure;
  }

  private int withRetries(Step step) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return step.run();
      } catch (TransientFailure e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw new IllegalStateException("The database keeps failing; replay stopped", e);
        }
        LOG.warn(
            "Batch not stored ({}); retrying in {} s", e.getMessage(), RETRY_PAUSE.toSeconds());
        Thread.sleep(RETRY_PAUSE.toMillis());
      }
    }
  }

  /**
   * Commits the replay's end offsets for a consumer group, so that a service started on the rebuilt
   * schema with that group continues exactly where the replay stopped.
   */
  public void commitFor(String groupId, Map<TopicPartition, Long> endOffsets) {
    Map<String, Object> config = config("");
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    endOffsets.forEach((p, o) -> offsets.put(p, new OffsetAndMetadata(o)));
    try (KafkaConsumer<byte[], byte[]> kafka =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      kafka.commitSync(offsets);
    }
  }

  private Map<String, Object> config(String clientSuffix) {
    return settings.forClient(properties.groupId() + "-replay" + clientSuffix);
  }
}
