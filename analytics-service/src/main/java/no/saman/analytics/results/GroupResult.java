package no.saman.analytics.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * A group's results as the API shows them (api.md); a suppressed group carries its identity and the
 * reason only — no count, no figure. Comments have an endpoint of their own, paged ({@link
 * CommentsController}), so that a group's results cost the same however many comments it has.
 *
 * @param asOf when these figures were read, ISO-8601 UTC
 * @param responseRate responses / headcount, absent when the headcount is unknown
 * @param items the statistics of each item answered by at least k respondents
 * @param breakdown the group's background categories, when asked for
 * @param register the group's register indicators (sick leave, presence, long-term healthy) for the
 *     quarter beside the round, when the municipality has reported any
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
    @Nullable List<ItemResult> items,
    @Nullable Breakdown breakdown,
    @Nullable Register register) {

  /**
   * Which group the results are for.
   *
   * @param unit absent for the whole municipality
   * @param name absent while the organisation topic has not named the group
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Group(
      String municipality,
      @Nullable String unit,
      @Nullable String name,
      @Nullable String dimension,
      @Nullable String category) {

    public Group(String municipality, @Nullable String unit, @Nullable String name) {
      this(municipality, unit, name, null, null);
    }
  }

  /** Register indicators of one quarter, beside the survey's. */
  @Serdeable
  public record Register(String period, List<IndicatorResult> indicators) {}

  /** A group broken down by one background dimension: each category as a group of its own. */
  @Serdeable
  public record Breakdown(String dimension, List<GroupResult> groups) {}

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
      @Nullable Compare compare,
      @Nullable PreviousResult previous) {}

  /**
   * The change since the group's previous round: its value then, the change, the 95 % interval of
   * the change and whether it is larger than chance; or, when the two rounds' groups differ by
   * fewer than k respondents, only that it is withheld.
   *
   * @param ci95 [lower, upper], absent for indicators without a sampling interval
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PreviousResult(
      String wave,
      @Nullable Double value,
      @Nullable Double change,
      @Nullable List<Double> ci95,
      @Nullable Boolean significant,
      @Nullable Boolean suppressed,
      @Nullable String reason) {}

  /**
   * Values of the same indicator and wave in the groups this one is compared with; a group that may
   * not be shown is left out.
   *
   * @param serviceType units of the same service type among all participants
   * @param network the municipality's network, pooled over its members that may be shown; only when
   *     the municipality is in exactly one network (kept for clients of the first version)
   * @param networks every network of the municipality that shows the figure, in id order
   * @param county the participants of the municipality's county
   * @param all all participants of the wave
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Compare(
      @Nullable Double municipality,
      @Nullable Double serviceType,
      @Nullable Double network,
      @Nullable List<NetworkCompare> networks,
      @Nullable Double county,
      @Nullable Double all) {

    static Compare of(Map<String, Double> values, List<GroupFigures.NetworkValue> networks) {
      if (values.isEmpty() && networks.isEmpty()) {
        return null;
      }
      return new Compare(
          values.get("municipality"),
          values.get("serviceType"),
          values.get("network"),
          networks.isEmpty() ? null : networks.stream().map(NetworkCompare::of).toList(),
          values.get("county"),
          values.get("all"));
    }
  }

  /**
   * One of the municipality's networks on the indicator.
   *
   * @param value pooled over the members that show the figure
   * @param members how many members it is pooled over (the network's N)
   */
  @Serdeable
  public record NetworkCompare(String id, String name, double value, int members) {

    static NetworkCompare of(GroupFigures.NetworkValue v) {
      return new NetworkCompare(v.id(), v.name(), v.value(), v.members());
    }
  }

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
