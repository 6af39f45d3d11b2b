package no.saman.analytics.round;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * A survey round as last announced on the rounds topic; title, modules, window and status stay null
 * while only its responses have been seen.
 *
 * @param modules the module ids as a JSON array
 * @param created the round's place in survey-service's creation order, from its event; null while
 *     only its responses have been seen and for events published before survey-service sent it
 * @param arrival the order in which rounds were first seen here: the last tie-break, among rounds
 *     without a creation order
 */
@MappedEntity("survey_round")
public record SurveyRound(
    @Id String id,
    String municipality,
    @Nullable String title,
    String wave,
    @Nullable String modules,
    @Nullable LocalDate opens,
    @Nullable LocalDate closes,
    @Nullable String status,
    @Nullable Long created,
    @GeneratedValue long arrival) {}
