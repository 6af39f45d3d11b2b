package no.saman.survey.round;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/rounds?municipality=}: its rounds, latest first, and today in its zone. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RoundList(String municipality, LocalDate today, List<RoundView> rounds) {}
