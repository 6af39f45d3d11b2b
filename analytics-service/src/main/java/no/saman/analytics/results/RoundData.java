package no.saman.analytics.results;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import no.saman.analytics.grouping.UnitInfo;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.organisation.Municipality;
import no.saman.analytics.round.SurveyRound;
import no.saman.analytics.statistics.UnitCell;

/**
 * Everything read for one municipality's round(s) from one read-only snapshot, before the anonymity
 * guard has looked at it: never leaves the service as it is.
 *
 * @param rounds the rounds read, latest first; one for a round's results, every round of a wave for
 *     a municipality's
 * @param municipality null until the organisation topic has named it
 * @param instrument the latest round's instrument snapshot
 * @param byCategory the cells of {@code dimension}'s categories, empty without a breakdown
 */
public record RoundData(
    List<SurveyRound> rounds,
    String municipalityCode,
    @Nullable Municipality municipality,
    Instrument instrument,
    Map<String, UnitInfo> organisation,
    List<UnitCell> everyone,
    List<UnitCell> byCategory,
    @Nullable String dimension) {

  public SurveyRound latest() {
    return rounds.get(0);
  }
}
