package no.saman.survey.response;

import java.util.Map;

/**
 * A response that passed validation, with normalised values: integers as {@link Integer}, choices
 * as {@link String}, multiple choices as {@code List<String>}, comments already screened.
 */
public record ValidatedResponse(
    String language,
    Map<String, String> background,
    Map<String, Object> answers,
    Map<String, String> comments) {}
