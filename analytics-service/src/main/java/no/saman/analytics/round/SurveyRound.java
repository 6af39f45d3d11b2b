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
 * @param arrival the order in which rounds were first seen: creation order, for rounds that share a
 *     wave year and season
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
    @GeneratedValue long arrival) {}
