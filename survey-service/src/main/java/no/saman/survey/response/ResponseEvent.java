package no.saman.survey.response;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The {@code survey.response.v1} event (contract: infra/contracts/survey.response.v1.schema.json).
 */
@Serdeable
public record ResponseEvent(
    String schema,
    String responseId,
    String roundId,
    String wave,
    String municipality,
    List<String> unitPath,
    LocalDate submittedOn,
    String language,
    Map<String, String> background,
    Map<String, Object> answers,
    Map<String, String> comments) {

  public static final String TOPIC = "survey.response.v1";
}
