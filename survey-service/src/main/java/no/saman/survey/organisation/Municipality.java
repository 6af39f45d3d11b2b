package no.saman.survey.organisation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A municipality row: kommunenummer, name, county and målform ({@code nn}, {@code nb}, {@code
 * neutral}).
 */
@MappedEntity("municipality")
public record Municipality(@Id String code, String name, String county, String language) {}
