package no.saman.analytics.status;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.saman.analytics.ingest.ConsumerState;
import no.saman.analytics.ingest.KafkaProperties;
import no.saman.analytics.ingest.OrganisationEvent;
import no.saman.analytics.ingest.ResponseEvent;
import no.saman.analytics.ingest.RoundEvent;
import no.saman.analytics.problem.Problem;
import no.saman.analytics.problem.ProblemException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Asks the broker how far the consumer group is behind on each partition and how many records the
 * dead-letter topics hold; one admin client, opened on first use.
 */
@Singleton
class ConsumerStatus implements AutoCloseable {

  static final List<String> TOPICS =
      List.of(ResponseEvent.TOPIC, OrganisationEvent.TOPIC, RoundEvent.TOPIC);
  private static final String DEAD_LETTER_SUFFIX = ".dlt";
  private static final long TIMEOUT_SECONDS = 10;

  private final KafkaProperties properties;
  private final ConsumerState state;
  private Admin admin;

  ConsumerStatus(KafkaProperties properties, ConsumerState state) {
    this.properties = properties;
    this.state = state;
  }

  Status read() {
    try {
      Admin kafka = admin();
      List<TopicPartition> consumed = partitions(kafka, TOPICS);
      List<TopicPartition> dead =
          partitions(kafka, TOPICS.stream().map(t -> t + DEAD_LETTER_SUFFIX).toList());
      Map<TopicPartition, OffsetAndMetadata> committed =
          kafka
              .listConsumerGroupOffsets(properties.groupId())
              .partitionsToOffsetAndMetadata()
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      Map<TopicPartition, Long> ends = offsets(kafka, consumed, OffsetSpec.latest());
      List<Status.PartitionLag> lags = new ArrayList<>();
      long total = 0;
      for (TopicPartition p : consumed) {
        OffsetAndMetadata offset = committed.get(p);
        Long at = offset == null ? null : offset.offset();
        long lag = Math.max(0, ends.get(p) - (at == null ? 0 : at));
        total += lag;
        lags.add(new Status.PartitionLag(p.topic(), p.partition(), at, ends.get(p), lag));
      }
      Map<TopicPartition, Long> deadEnds = offsets(kafka, dead, OffsetSpec.latest());
      Map<TopicPartition, Long> deadStarts = offsets(kafka, dead, OffsetSpec.earliest());
      long deadLettered = 0;
      for (TopicPartition p : dead) {
        deadLettered += deadEnds.get(p) - deadStarts.get(p);
      }
      return new Status(
          properties.groupId(),
          lags,
          total,
          state.lastEventTime() == null
              ? null
              : state.lastEventTime().truncatedTo(ChronoUnit.MILLIS).toString(),
          deadLettered,
          state.deadLetteredSinceStart());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      throw unavailable(e);
    }
  }

  private static List<TopicPartition> partitions(Admin kafka, List<String> topics)
      throws InterruptedException, ExecutionException, TimeoutException {
    List<String> existing =
        kafka.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
            .filter(topics::contains)
            .toList();
    Map<String, TopicDescription> described =
        kafka.describeTopics(existing).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    List<TopicPartition> partitions = new ArrayList<>();
    described.values().stream()
        .sorted(Comparator.comparing(d -> topics.indexOf(d.name())))
        .forEach(
            d ->
                d.partitions()
                    .forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
    return partitions;
  }

  private static Map<TopicPartition, Long> offsets(
      Admin kafka, List<TopicPartition> partitions, OffsetSpec spec)
      throws InterruptedException, ExecutionException, TimeoutException {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(p -> request.put(p, spec));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result =
        kafka.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Map<TopicPartition, Long> offsets = new HashMap<>();
    result.forEach((p, info) -> offsets.put(p, info.offset()));
    return offsets;
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin =
          Admin.create(
              Map.of(
                  AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                  properties.bootstrapServers(),
                  AdminClientConfig.CLIENT_ID_CONFIG,
                  properties.groupId() + "-status"));
    }
    return admin;
  }

  private static ProblemException unavailable(Exception cause) {
    return new ProblemException(
        new Problem(
            "https://saman.no/problems/broker-unavailable",
            "Service Unavailable",
            503,
            "The broker did not answer: " + cause.getClass().getSimpleName(),
            null,
            null));
  }

  @Override
  @PreDestroy
  public synchronized void close() {
    if (admin != null) {
      admin.close();
    }
  }
}
