package no.saman.analytics.results;

import io.micronaut.core.annotation.Nullable;
import no.saman.analytics.organisation.Municipality;
import no.saman.analytics.round.SurveyRound;
import no.saman.analytics.statistics.GroupStatistics;

/**
 * Everything known about one group of a round at one moment, before the anonymity rule has looked
 * at it: never leaves the service as it is.
 *
 * @param municipality the round's municipality, null until the organisation topic has named it
 * @param unit the unit code, null for the whole municipality
 * @param name the group's name, null when not known yet
 * @param headcount employees asked in the group, null when not known
 * @param group the merged statistics of the group
 * @param wholeMunicipality the merged statistics of every unit of the round, for comparison
 */
public record GroupSnapshot(
    SurveyRound round,
    @Nullable Municipality municipality,
    @Nullable String unit,
    @Nullable String name,
    @Nullable Long headcount,
    GroupStatistics group,
    GroupStatistics wholeMunicipality) {

  public boolean isMunicipality() {
    return unit == null;
  }
}
