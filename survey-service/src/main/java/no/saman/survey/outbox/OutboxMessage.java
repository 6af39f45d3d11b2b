package no.saman.survey.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** An event waiting in the outbox to be published; the id keeps the publishing order. */
@MappedEntity("outbox")
public record OutboxMessage(
    @Id @GeneratedValue @Nullable Long id,
    String topic,
    @MappedProperty("message_key") String messageKey,
    String payload) {}
