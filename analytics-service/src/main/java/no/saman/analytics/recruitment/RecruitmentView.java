package no.saman.analytics.recruitment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.saman.analytics.results.GroupResult;

/**
 * The KS recruitment scenario of a group (api.md). A suppressed group, or one whose figures may not
 * be shown, carries the reason only.
 *
 * @param reason too_few_responses (anonymity), or not_available (the round does not ask H1 and H2,
 *     or the group's headcount is unknown)
 * @param headcount employees of the group (the organisation's figure)
 * @param averageNow average position size today, percent
 * @param fteNow averageNow × headcount / 100
 * @param hiddenFte hidden_fte_est: the FTE the employees would like to add, for the whole headcount
 * @param positionsNotAdvertised whole full-time positions the hidden reserve holds
 * @param fteIfWishesMet fteNow + hiddenFte
 * @param averageIfWishesMet fteIfWishesMet / headcount × 100
 * @param need the stated need in FTE, absent without one
 * @param coveredShare min(need, hiddenFte) / need
 * @param averageToCover (fteNow + need) / headcount × 100: the average position size at which
 *     today's staff would cover the need
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecruitmentView(
    String round,
    String wave,
    GroupResult.Group group,
    boolean suppressed,
    @Nullable String reason,
    @Nullable Long headcount,
    @Nullable Double averageNow,
    @Nullable Double fteNow,
    @Nullable Double hiddenFte,
    @Nullable Long positionsNotAdvertised,
    @Nullable Double fteIfWishesMet,
    @Nullable Double averageIfWishesMet,
    @Nullable Double need,
    @Nullable Double coveredShare,
    @Nullable Double averageToCover) {

  static RecruitmentView withheld(
      String round, String wave, GroupResult.Group group, String reason) {
    return new RecruitmentView(
        round, wave, group, true, reason, null, null, null, null, null, null, null, null, null,
        null);
  }

  static RecruitmentView of(
      String round,
      String wave,
      GroupResult.Group group,
      RecruitmentScenario s,
      @Nullable Double need) {
    return new RecruitmentView(
        round,
        wave,
        group,
        false,
        null,
        s.headcount(),
        s.averageNow(),
        s.fteNow(),
        s.hiddenFte(),
        s.positionsNotAdvertised(),
        s.fteIfWishesMet(),
        s.averageIfWishesMet(),
        need,
        need == null ? null : s.coveredShare(need),
        need == null ? null : s.averageToCover(need));
  }
}
