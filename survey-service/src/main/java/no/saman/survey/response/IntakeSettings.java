package no.saman.survey.response;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How accepted responses are written together (group commit).
 *
 * @param batchMax the most responses one transaction writes
 * @param batchWindow how long a writer waits for more after the first of a batch arrived
 * @param writers threads writing batches, so that one batch is built while another commits
 */
@ConfigurationProperties("survey.intake")
public record IntakeSettings(@Min(1) int batchMax, Duration batchWindow, @Min(1) int writers) {}
