package no.saman.analytics.comparison;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A network leader's comparison (api.md): per wave and indicator, each member municipality's value,
 * the network's and all participants', so that trends over waves line up.
 */
@Serdeable
public record NetworkComparison(NetworkInfo network, List<WaveComparison> waves) {

  /** The network as the organisation topic announced it. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NetworkInfo(
      String id, String name, String theme, @Nullable String leader, List<String> members) {}

  /**
   * One wave's comparison.
   *
   * @param members the members whose figures may be shown in the wave: the N of the network
   * @param participants the participating municipalities of the wave whose figures may be shown:
   *     the N of all participants
   */
  @Serdeable
  public record WaveComparison(
      String wave, int members, int participants, List<IndicatorComparison> indicators) {}

  /**
   * One indicator in one wave.
   *
   * @param network pooled over the members that show it; absent when none does
   * @param all pooled over every participant of the wave that shows it
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record IndicatorComparison(
      String id,
      List<MunicipalityValue> municipalities,
      @Nullable Double network,
      @Nullable Double all) {}

  /**
   * One member's value, or why there is none: {@code too_few_responses} (suppressed) or {@code
   * no_round} (the municipality ran no round in the wave).
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MunicipalityValue(
      String municipality,
      @Nullable String name,
      @Nullable Double value,
      @Nullable Boolean suppressed,
      @Nullable String reason) {}
}
