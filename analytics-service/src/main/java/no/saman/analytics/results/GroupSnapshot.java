package no.saman.analytics.results;

import io.micronaut.core.annotation.Nullable;
import no.saman.analytics.instrument.Instrument;
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
 * @param municipalityHeadcount employees asked in the whole municipality, null when not known
 * @param group the merged statistics of the group
 * @param wholeMunicipality the merged statistics of every unit of the round, for comparison
 * @param instrument the round's instrument snapshot
 */
public record GroupSnapshot(
    SurveyRound round,
    @Nullable Municipality municipality,
    @Nullable String unit,
    @Nullable String name,
    @Nullable Long headcount,
    @Nullable Long municipalityHeadcount,
    GroupStatistics group,
    GroupStatistics wholeMunicipality,
    Instrument instrument) {

  public boolean isMunicipality() {
    return unit == null;
  }
}
