package no.saman.survey.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A network row: municipalities working on one theme together, with a leader. */
@MappedEntity("network")
public record Network(@Id String id, String name, String theme, @Nullable String leader) {}
