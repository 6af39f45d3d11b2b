package no.saman.analytics.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/**
 * Where the events come from and under which consumer group this service reads them.
 *
 * @param bootstrapServers the Kafka brokers, host:port[,host:port]
 * @param groupId the consumer group; every instance of the service shares it
 */
@ConfigurationProperties("analytics.kafka")
public record KafkaProperties(@NotBlank String bootstrapServers, @NotBlank String groupId) {}
