package no.saman.analytics.results;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import no.saman.analytics.anonymity.Disclosure;
import no.saman.analytics.organisation.Municipality;
import no.saman.analytics.round.SurveyRound;

/**
 * A group as it may leave the service — its identity, what the anonymity guard lets through of its
 * figures, its comments when allowed, and its background categories when asked for: the one input
 * of both the results API and the reports.
 *
 * @param round the round (for a wave, its latest round)
 * @param named the municipality as the organisation topic names it, null until then
 * @param unit null for the whole municipality
 * @param parentUnit the unit this one is part of, null for a top-level unit or the municipality
 * @param name the unit's (or municipality's) name, null while unknown
 * @param dimension the background dimension of a category, null for a group
 * @param category the category, null for a group
 * @param comments empty unless the group is at the comment threshold and its comments were asked
 *     for (the unit report); the API pages them from {@link CommentsController}
 * @param breakdown the group's categories of the asked dimension, empty when none was asked
 * @param register the group's register figures of the quarter beside the round, null for none
 */
public record DisclosedGroup(
    SurveyRound round,
    String municipality,
    @Nullable Municipality named,
    @Nullable String unit,
    @Nullable String parentUnit,
    @Nullable String name,
    @Nullable String serviceType,
    @Nullable String dimension,
    @Nullable String category,
    Disclosure<GroupFigures> disclosure,
    List<Comment> comments,
    List<DisclosedGroup> breakdown,
    @Nullable RegisterBlock register) {

  public DisclosedGroup {
    comments = List.copyOf(comments);
    breakdown = List.copyOf(breakdown);
  }
}
