package no.saman.survey.respondent;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A respondent's saved, unsubmitted answers as JSON. */
@MappedEntity("draft")
public record Draft(@Id @MappedProperty("token_hash") byte[] tokenHash, String body) {}
