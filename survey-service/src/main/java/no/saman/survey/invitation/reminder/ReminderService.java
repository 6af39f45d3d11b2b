package no.saman.survey.invitation.reminder;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.saman.survey.invitation.InvitationService;
import no.saman.survey.invitation.email.EmailCommands;
import no.saman.survey.invitation.email.EmailDelivery;
import no.saman.survey.invitation.email.EmailInvitation;
import no.saman.survey.invitation.email.EmailInvitationRepository;
import no.saman.survey.invitation.email.EmailInvitationService;
import no.saman.survey.invitation.email.SmtpMailer;
import no.saman.survey.problem.ProblemException;
import no.saman.survey.round.RoundService;
import no.saman.survey.round.SurveyRound;

/**
 * Reminds the e-mailed invitees whose link is still unused, and no one else: each row is claimed
 * before its mail goes out, so two senders never write to one address twice.
 */
@Singleton
public class ReminderService {

  private final RoundService rounds;
  private final InvitationService invitations;
  private final EmailInvitationRepository rows;
  private final EmailInvitationService emails;
  private final EmailDelivery delivery;
  private final SmtpMailer mailer;
  private final Clock clock;

  public ReminderService(
      RoundService rounds,
      InvitationService invitations,
      EmailInvitationRepository rows,
      EmailInvitationService emails,
      EmailDelivery delivery,
      SmtpMailer mailer,
      Clock clock) {
    this.rounds = rounds;
    this.invitations = invitations;
    this.rows = rows;
    this.emails = emails;
    this.delivery = delivery;
    this.mailer = mailer;
    this.clock = clock;
  }

  /** Sends a reminder now, as HR asks: 409 once the round is closed. */
  public EmailCommands.RemindersSent remindNow(String roundId) {
    EmailInvitationService.requireMail(mailer);
    SurveyRound round = rounds.find(roundId);
    if (invitations.closed(round)) {
      throw new ProblemException(HttpStatus.CONFLICT, "The round is closed: no more reminders.");
    }
    return remind(round);
  }

  public EmailCommands.RemindersSent remind(SurveyRound round) {
    LocalDate today = LocalDate.now(clock);
    List<EmailInvitation> claimed = new ArrayList<>();
    for (EmailInvitation row : rows.unanswered(round.id(), emails.maxAttempts())) {
      if (rows.claim(row.tokenHash(), row.state(), today) == 1) {
        claimed.add(row);
      }
    }
    EmailDelivery.Report report = delivery.deliver(claimed, emails.texts(round));
    return new EmailCommands.RemindersSent(
        report.sent(),
        report.refused().stream()
            .map(r -> new EmailCommands.Refused(r.address(), r.error()))
            .toList(),
        rows.skipped(round.id(), emails.maxAttempts()));
  }
}
