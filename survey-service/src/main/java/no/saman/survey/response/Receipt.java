package no.saman.survey.response;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * What a respondent gets back: a confirmation code that is deliberately not stored, so it cannot be
 * used to find the answers.
 */
@Serdeable
public record Receipt(String receipt, LocalDate submittedOn) {}
