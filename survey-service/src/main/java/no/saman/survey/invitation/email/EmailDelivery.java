package no.saman.survey.invitation.email;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.saman.survey.invitation.InvitationService;

/**
 * Sends the mails of rows already claimed (state {@code sending}) outside any transaction and
 * records each outcome: sent, bounced (refused for good) or failed (tried again up to the limit).
 */
@Singleton
public class EmailDelivery {

  private final SmtpMailer mailer;
  private final EmailInvitationRepository rows;
  private final LinkSeal seal;
  private final InvitationService invitations;
  private final Clock clock;

  public EmailDelivery(
      SmtpMailer mailer,
      EmailInvitationRepository rows,
      LinkSeal seal,
      InvitationService invitations,
      Clock clock) {
    this.mailer = mailer;
    this.rows = rows;
    this.seal = seal;
    this.invitations = invitations;
    this.clock = clock;
  }

  /** What a batch came to: how many reached the server, and each address that did not. */
  public record Report(int sent, List<AddressList.Refusal> refused) {}

  /** The invitation to rows never sent, the reminder to the others. */
  public Report deliver(List<EmailInvitation> claimed, MailTexts.Round round) {
    List<Mail> mails = new ArrayList<>(claimed.size());
    for (EmailInvitation row : claimed) {
      String link = invitations.link(seal.open(row.sealedToken(), row.tokenHash()));
      MailTexts.Kind kind =
          row.sentCount() == 0 ? MailTexts.Kind.INVITATION : MailTexts.Kind.REMINDER;
      mails.add(MailTexts.mail(kind, round, row.address(), link));
    }
    List<Mail.Outcome> outcomes = mailer.send(mails);
    LocalDate today = LocalDate.now(clock);
    int sent = 0;
    List<AddressList.Refusal> refused = new ArrayList<>();
    for (int i = 0; i < claimed.size(); i++) {
      EmailInvitation row = claimed.get(i);
      Mail.Outcome outcome = outcomes.get(i);
      switch (outcome.result()) {
        case DELIVERED -> {
          rows.markSent(row.tokenHash(), today);
          sent++;
        }
        case REFUSED -> {
          rows.markBounced(row.tokenHash(), outcome.error());
          refused.add(new AddressList.Refusal(row.address(), "refused: " + outcome.error()));
        }
        case FAILED -> {
          rows.markFailed(row.tokenHash(), outcome.error());
          refused.add(
              new AddressList.Refusal(
                  row.address(), "not sent yet, will be tried again: " + outcome.error()));
        }
      }
    }
    return new Report(sent, refused);
  }
}
