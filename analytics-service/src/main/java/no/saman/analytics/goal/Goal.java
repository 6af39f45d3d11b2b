package no.saman.analytics.goal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * A stored goal.
 *
 * @param unit null for a goal of the whole municipality
 * @param baselineWave the wave (survey indicator) or period (register indicator) of the baseline
 * @param createdOn the date it was set, the start of its time line when the baseline has no date
 */
@MappedEntity("goal")
public record Goal(
    @Id @GeneratedValue @Nullable Long id,
    String municipality,
    @Nullable String unit,
    String indicator,
    double baseline,
    String baselineWave,
    double target,
    LocalDate deadline,
    LocalDate createdOn) {}
