package no.saman.analytics.navigation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's survey rounds as a picker needs them, latest first.
 *
 * @param municipality the municipality as the organisation topic named it; only its code while it
 *     has not
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoundList(MunicipalityInfo municipality, List<RoundSummary> rounds) {

  /**
   * @param language the målform its reports and pages default to: nn, nb or neutral
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MunicipalityInfo(
      String code, @Nullable String name, @Nullable String county, @Nullable String language) {}

  /**
   * One round; title, window and status are absent while only its responses have been seen.
   *
   * @param status open or closed, as survey-service announced it
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RoundSummary(
      String id,
      @Nullable String title,
      String wave,
      @Nullable LocalDate opens,
      @Nullable LocalDate closes,
      @Nullable String status) {}
}
