package no.saman.analytics.organisation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A municipality as last announced on the organisation topic.
 *
 * @param code kommunenummer, e.g. 1548
 * @param language the målform its reports default to: nn, nb or neutral
 */
@MappedEntity("municipality")
public record Municipality(@Id String code, String name, String county, String language) {}
