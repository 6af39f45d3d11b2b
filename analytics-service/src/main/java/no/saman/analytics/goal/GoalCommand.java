package no.saman.analytics.goal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of {@code POST /api/goals}; every field is checked by {@link GoalService} so that each
 * invalid one is named.
 *
 * @param unit a unit code for a unit's goal, absent for the whole municipality
 * @param baselineWave the wave of the baseline, or the register period (e.g. 2012Q4) for a register
 *     indicator
 * @param deadline yyyy-mm-dd
 */
@Serdeable
public record GoalCommand(
    @Nullable String municipality,
    @Nullable String unit,
    @Nullable String indicator,
    @Nullable Double baseline,
    @Nullable String baselineWave,
    @Nullable Double target,
    @Nullable String deadline) {}
