package no.saman.analytics.drivers;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import no.saman.analytics.results.GroupResult;

/**
 * Which levers matter most for an outcome in a group (api.md): each driver's correlation with the
 * outcome, its relative importance (Johnson's relative weights) with a bootstrap 95 % interval, its
 * rank with an interval, and its own score. A group below max(3k, 30) complete respondents carries
 * only the reason and that minimum — no n, no figure.
 *
 * @param reason too_few_responses (the group itself is suppressed), too_few_for_drivers, or
 *     not_estimable (a variable did not vary, or the drivers are collinear)
 * @param minimum the complete respondents a group needs for drivers
 * @param method always johnson_relative_weights
 * @param n respondents who answered the outcome and every driver
 * @param drivers most important first
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DriversView(
    String round,
    String wave,
    GroupResult.Group group,
    String outcome,
    boolean suppressed,
    @Nullable String reason,
    int minimum,
    String method,
    @Nullable Long n,
    @Nullable Double rSquared,
    @Nullable Bootstrap bootstrap,
    @Nullable List<DriverView> drivers) {

  /** How the intervals were drawn: percentile intervals of respondent resamples. */
  @Serdeable
  public record Bootstrap(int resamples, long seed, double level) {}

  /**
   * One driver.
   *
   * @param importance Johnson's raw relative weight ε: its part of R² (the weights add up to R²)
   * @param share importance / R²
   * @param importanceCi95 the bootstrap 2.5 % and 97.5 % quantiles of the importance
   * @param rank 1 for the most important driver
   * @param rankCi95 the bootstrap 2.5 % and 97.5 % quantiles of the rank
   * @param score the driver's mean over the n respondents, on its own scale (1–5)
   * @param score100 the score on 0–100
   */
  @Serdeable
  public record DriverView(
      String id,
      double correlation,
      double importance,
      double share,
      List<Double> importanceCi95,
      int rank,
      List<Integer> rankCi95,
      double score,
      double score100) {}
}
