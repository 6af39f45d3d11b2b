package no.saman.survey.invitation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** The right to answer a round once, for a unit; known only by its token's hash. */
@MappedEntity("invitation")
public record Invitation(
    @Id @MappedProperty("token_hash") byte[] tokenHash,
    @MappedProperty("round_id") String roundId,
    @MappedProperty("unit_code") String unitCode,
    boolean used) {}
