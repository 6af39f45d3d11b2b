package no.saman.survey.instrument;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** The named answer scales, each value with its label in nn, nb and en. */
@Serdeable
public record Scales(Map<String, Map<String, Map<String, String>>> scales) {}
