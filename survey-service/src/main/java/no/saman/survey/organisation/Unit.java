package no.saman.survey.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A unit row: a node of a municipality's unit tree with its headcount and service type. */
@MappedEntity("unit")
public record Unit(
    @EmbeddedId Key key,
    String name,
    @Nullable String parent,
    int headcount,
    @MappedProperty("service_type") String serviceType) {

  /** A unit code is unique within its municipality. */
  @Embeddable
  public record Key(
      @MappedProperty("municipality") String municipality, @MappedProperty("code") String code) {}
}
