package no.saman.survey.respondent;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import no.saman.survey.invitation.Invitation;
import no.saman.survey.invitation.InvitationLookups;
import no.saman.survey.invitation.LinkTokens;
import no.saman.survey.problem.ProblemException;
import no.saman.survey.round.RoundService;
import no.saman.survey.round.SurveyRound;

/**
 * Checks a one-time link the same way for reading, saving and submitting: 404 for an unknown token,
 * 409 once it is used, 410 outside the round's answer window.
 */
@Singleton
public class RespondentAccess {

  private final InvitationLookups invitations;
  private final RoundService rounds;
  private final Clock clock;

  public RespondentAccess(InvitationLookups invitations, RoundService rounds, Clock clock) {
    this.invitations = invitations;
    this.rounds = rounds;
    this.clock = clock;
  }

  /** A usable link: its hash, invitation and round, and today's date in the survey's zone. */
  public record Access(
      byte[] tokenHash, Invitation invitation, SurveyRound round, LocalDate today) {}

  /**
   * Checks without locking, for reading, saving drafts and submitting (the submission spends the
   * token under a lock, see ResponseWriter).
   */
  public Access check(String token) {
    byte[] hash = hash(token);
    return verify(hash, invitations.find(hash).orElseThrow(RespondentAccess::unknownLink));
  }

  private Access verify(byte[] hash, Invitation invitation) {
    if (invitation.used()) {
      throw new ProblemException(HttpStatus.CONFLICT, "This link has already been used to answer.");
    }
    SurveyRound round = rounds.findForRespondent(invitation.roundId());
    LocalDate today = LocalDate.now(clock);
    if (!round.acceptsAnswersOn(today)) {
      throw new ProblemException(
          HttpStatus.GONE,
          "This survey is not open for answers (open "
              + round.opens()
              + " to "
              + round.closes()
              + ").");
    }
    return new Access(hash, invitation, round, today);
  }

  private static byte[] hash(String token) {
    return LinkTokens.hash(token).orElseThrow(RespondentAccess::unknownLink);
  }

  private static ProblemException unknownLink() {
    return ProblemException.notFound("This link is not known. Check that it was copied whole.");
  }
}
