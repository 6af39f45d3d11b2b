package no.saman.analytics.goal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The body of {@code POST /api/goals/{id}/measures}; every field is checked by {@link
 * MeasureService} so that each invalid one is named.
 *
 * @param owner a role or name as the HR adviser writes it (not an account)
 * @param target the indicator or driver item it targets; the goal's indicator when absent
 * @param starts yyyy-mm-dd
 * @param ends yyyy-mm-dd, absent while open-ended
 * @param status planned, ongoing, delayed, done or stopped
 */
@Serdeable
public record MeasureCommand(
    @Nullable String title,
    @Nullable String description,
    @Nullable String owner,
    @Nullable String target,
    @Nullable String starts,
    @Nullable String ends,
    @Nullable String status,
    @Nullable List<Milestone> milestones,
    @Nullable List<Partner> partners) {

  /** A milestone of a measure, with its date and whether it is reached. */
  @Serdeable
  public record Milestone(@Nullable String title, @Nullable String date, @Nullable Boolean done) {}

  /**
   * A partner involved (partssamarbeid).
   *
   * @param role union, safety_representative, employees, management, politicians or other
   * @param name e.g. Fagforbundet, absent when the role says enough
   */
  @Serdeable
  public record Partner(@Nullable String role, @Nullable String name) {}
}
