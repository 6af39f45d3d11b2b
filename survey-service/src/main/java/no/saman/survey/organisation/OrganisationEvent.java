package no.saman.survey.organisation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The {@code survey.organisation.v1} event: the current state of a municipality or a unit. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationEvent(
    String schema,
    String type,
    String municipality,
    String name,
    @Nullable String county,
    @Nullable String language,
    @Nullable String unit,
    @Nullable String parent,
    @Nullable Integer headcount,
    @Nullable String serviceType) {

  public static final String TOPIC = "survey.organisation.v1";

  static OrganisationEvent of(Municipality m) {
    return new OrganisationEvent(
        TOPIC,
        "municipality",
        m.code(),
        m.name(),
        m.county(),
        m.language(),
        null,
        null,
        null,
        null);
  }

  static OrganisationEvent of(Unit u) {
    return new OrganisationEvent(
        TOPIC,
        "unit",
        u.key().municipality(),
        u.name(),
        null,
        null,
        u.key().code(),
        u.parent(),
        u.headcount(),
        u.serviceType());
  }

  /** The compaction key: one per municipality and one per unit. */
  String key() {
    return unit == null ? municipality : municipality + "/" + unit;
  }
}
