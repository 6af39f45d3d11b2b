package no.saman.analytics.navigation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A round's unit tree with the response rate of every group the anonymity guard shows; a suppressed
 * group has its place in the tree and its headcount, but no count and no rate.
 *
 * @param municipality the municipality as a whole (no {@code unit}, no {@code parent})
 * @param units every unit, parents first
 */
@Serdeable
public record UnitTree(String round, String wave, UnitRate municipality, List<UnitRate> units) {

  /**
   * One group of the tree.
   *
   * @param unit the unit code, absent for the municipality
   * @param parent the parent unit's code, absent for a top-level unit
   * @param depth 0 for the municipality, 1 for a top-level unit, and so on
   * @param headcount employees asked in the subtree, absent when unknown
   * @param reason why there is no figure: too_few_responses
   * @param responses absent for a suppressed group
   * @param responseRate responses / headcount, absent for a suppressed group or without headcount
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record UnitRate(
      @Nullable String unit,
      @Nullable String name,
      @Nullable String parent,
      int depth,
      @Nullable String serviceType,
      @Nullable Long headcount,
      boolean suppressed,
      @Nullable String reason,
      @Nullable Long responses,
      @Nullable Double responseRate) {}
}
