package no.saman.survey.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How the relay publishes the outbox.
 *
 * @param batchSize rows claimed per transaction
 * @param idlePoll how long the relay sleeps when the outbox is empty (it is also woken on commit)
 * @param maxBackoff the longest wait between attempts while Kafka is unreachable
 */
@ConfigurationProperties("survey.outbox")
public record OutboxSettings(@Min(1) int batchSize, Duration idlePoll, Duration maxBackoff) {}
