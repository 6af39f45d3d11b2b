package no.saman.analytics.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * A group's results as the API shows them (api.md); a suppressed group carries its identity and the
 * reason only — no count, no figure.
 *
 * @param asOf when these figures were read, ISO-8601 UTC
 * @param responseRate responses / headcount, absent when the headcount is unknown
 * @param items the statistics of each item answered by at least k respondents
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupResult(
    String round,
    String wave,
    @Nullable String asOf,
    Group group,
    boolean suppressed,
    @Nullable String reason,
    @Nullable Long responses,
    @Nullable Double responseRate,
    @Nullable List<IndicatorResult> indicators,
    @Nullable List<ItemResult> items) {

  /**
   * Which group the results are for.
   *
   * @param unit absent for the whole municipality
   * @param name absent while the organisation topic has not named the group
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Group(String municipality, @Nullable String unit, @Nullable String name) {}

  /**
   * One indicator of the group, with the values of the groups it is compared with beside it.
   *
   * @param value absent for a distribution
   * @param distribution category to share, for a distribution only
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record IndicatorResult(
      String id,
      @Nullable Double value,
      @Nullable Map<String, Double> distribution,
      @Nullable Compare compare) {}

  /** Values of the same indicator in the groups this one is compared with. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Compare(@Nullable Double municipality) {}

  /** One item's statistics: n, mean, sd, full distribution, top and bottom box. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ItemResult(
      String id,
      long n,
      @Nullable Double mean,
      @Nullable Double sd,
      Map<String, Long> distribution,
      @Nullable Double topBox,
      @Nullable Double bottomBox) {}
}
