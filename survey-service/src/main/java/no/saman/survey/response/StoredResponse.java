package no.saman.survey.response;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.LocalDate;

/**
 * A submitted response row. Deliberately without token, IP, user agent or time of day: only the
 * date it was submitted on.
 */
@MappedEntity("response")
public record StoredResponse(
    @Id String id,
    @MappedProperty("round_id") String roundId,
    @MappedProperty("unit_code") String unitCode,
    @MappedProperty("submitted_on") LocalDate submittedOn,
    String language,
    String background,
    String answers,
    String comments) {}
