package no.saman.analytics.goal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.LocalDate;

/**
 * A stored measure (tiltak) of a goal.
 *
 * @param target the indicator or driver item the measure is meant to move
 * @param milestones JSON array of {title, date, done}
 * @param partners JSON array of {role, name}
 */
@MappedEntity("goal_measure")
public record Measure(
    @Id @GeneratedValue @Nullable Long id,
    @MappedProperty("goal_id") long goalId,
    String title,
    @Nullable String description,
    String owner,
    String target,
    LocalDate starts,
    @Nullable LocalDate ends,
    String status,
    String milestones,
    String partners) {}
