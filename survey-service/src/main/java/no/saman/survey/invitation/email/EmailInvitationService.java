package no.saman.survey.invitation.email;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import no.saman.survey.invitation.InvitationService;
import no.saman.survey.invitation.IssuableRound;
import no.saman.survey.organisation.Municipality;
import no.saman.survey.organisation.MunicipalityRepository;
import no.saman.survey.problem.Problem;
import no.saman.survey.problem.ProblemException;
import no.saman.survey.round.SurveyRound;

/**
 * Invites a unit's staff by e-mail: each valid, new address gets its own one-time link; invalid,
 * repeated and server-refused addresses are reported back.
 */
@Singleton
public class EmailInvitationService {

  private final InvitationService invitations;
  private final EmailInvitationStore store;
  private final EmailInvitationRepository rows;
  private final EmailDelivery delivery;
  private final SmtpMailer mailer;
  private final MunicipalityRepository municipalities;
  private final int maxAttempts;

  public EmailInvitationService(
      InvitationService invitations,
      EmailInvitationStore store,
      EmailInvitationRepository rows,
      EmailDelivery delivery,
      SmtpMailer mailer,
      MunicipalityRepository municipalities,
      @Value("${survey.mail.max-attempts:3}") int maxAttempts) {
    this.invitations = invitations;
    this.store = store;
    this.rows = rows;
    this.delivery = delivery;
    this.mailer = mailer;
    this.municipalities = municipalities;
    this.maxAttempts = maxAttempts;
  }

  public EmailCommands.EmailsSent invite(String roundId, String unit, List<String> addresses) {
    IssuableRound target = invitations.issuable(roundId, unit, "1");
    if (addresses == null || addresses.isEmpty()) {
      throw ProblemException.invalid("addresses", "give at least one address");
    }
    if (addresses.size() > invitations.maxPerRequest()) {
      throw ProblemException.invalid(
          "addresses", "at most " + invitations.maxPerRequest() + " per request");
    }
    AddressList.Sorted sorted = AddressList.sort(addresses, new HashSet<>(rows.addresses(roundId)));
    if (sorted.valid().isEmpty()) {
      // Every address refused: a 400 saying why for each, not a 201 that sent nothing.
      throw ProblemException.invalid(
          sorted.refused().stream()
              .map(r -> new Problem.FieldError("addresses", r.error()))
              .distinct()
              .toList());
    }
    // A bad request is told so first; only one that would send mail needs the SMTP server.
    requireMail(mailer);
    List<EmailInvitation> created = store.record(target, sorted.valid());
    EmailDelivery.Report report = delivery.deliver(created, texts(target.round()));
    List<AddressList.Refusal> refused = new ArrayList<>(sorted.refused());
    refused.addAll(report.refused());
    return new EmailCommands.EmailsSent(
        target.unit().key().code(), report.sent(), EmailCommands.refused(refused));
  }

  /** The most times one e-mail is tried. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** What the round's e-mails say, in its municipality's language. */
  public MailTexts.Round texts(SurveyRound round) {
    Municipality municipality = municipalities.findById(round.municipality()).orElseThrow();
    String language = "nn".equals(municipality.language()) ? "nn" : "nb";
    return new MailTexts.Round(municipality.name(), round.title(), round.closes(), language);
  }

  /** 503 while no SMTP server is configured. */
  public static void requireMail(SmtpMailer mailer) {
    if (!mailer.configured()) {
      throw new ProblemException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "E-mail is not set up for this service (SMTP_HOST); use letters or the link CSV.");
    }
  }
}
