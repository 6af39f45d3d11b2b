package no.saman.survey.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/** Where the Kafka brokers are. */
@ConfigurationProperties("survey.kafka")
public record KafkaSettings(@NotBlank String bootstrapServers) {}
