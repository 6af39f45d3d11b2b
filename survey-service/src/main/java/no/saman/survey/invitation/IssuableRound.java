package no.saman.survey.invitation;

import no.saman.survey.organisation.Municipality;
import no.saman.survey.organisation.Unit;
import no.saman.survey.round.SurveyRound;

/**
 * A round that may still hand out links, one of its municipality's units, and how many links were
 * asked for: checked by {@link InvitationService#issuable}.
 */
public record IssuableRound(SurveyRound round, Municipality municipality, Unit unit, int count) {

  /** The municipality's written language for letters and e-mails: {@code neutral} reads bokmål. */
  public String language() {
    return "nn".equals(municipality.language()) ? "nn" : "nb";
  }
}
