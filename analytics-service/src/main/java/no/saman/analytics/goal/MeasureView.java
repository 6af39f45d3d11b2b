package no.saman.analytics.goal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A measure as the API shows it, with its result: the targeted figure of the goal's group at the
 * latest round before the measure started and at the latest round since, and the change between
 * them with its 95 % interval as the results API computes it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasureView(
    long id,
    long goal,
    String title,
    @Nullable String description,
    String owner,
    String target,
    String starts,
    @Nullable String ends,
    String status,
    List<MeasureCommand.Milestone> milestones,
    List<MeasureCommand.Partner> partners,
    @Nullable Result result) {

  /**
   * @param before absent when no round before the start shows the figure
   * @param after absent when no round since the start shows it
   * @param change after − before, absent without both
   * @param ci95 the change's 95 % interval, absent for figures without one
   * @param withheld why the change is not shown although both figures are (as the results API:
   *     {@code differs_by_fewer_than_k} when the two groups differ by fewer than k respondents)
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Result(
      @Nullable Point before,
      @Nullable Point after,
      @Nullable Double change,
      @Nullable List<Double> ci95,
      @Nullable Boolean significant,
      @Nullable String withheld) {}

  /** The figure at one round. */
  @Serdeable
  public record Point(String round, String wave, String date, double value) {}
}
