package no.saman.survey.invitation.email;

import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mails through the configured SMTP server, many over one connection; tells a permanent
 * refusal of an address (5xx) from a passing failure (4xx, connection) so that only the latter is
 * tried again.
 */
@Singleton
public class SmtpMailer {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

  private final SmtpSettings settings;
  private final String protocol;
  private final Session session;

  public SmtpMailer(SmtpSettings settings) {
    this.settings = settings;
    this.protocol =
        switch (settings.tls()) {
          case "none", "starttls" -> "smtp";
          case "tls" -> "smtps";
          default ->
              throw new IllegalArgumentException(
                  "SMTP_TLS must be none, starttls or tls, was " + settings.tls());
        };
    Properties p = new Properties();
    String prefix = "mail." + protocol + ".";
    String millis = String.valueOf(settings.timeout().toMillis());
    p.put(prefix + "connectiontimeout", millis);
    p.put(prefix + "timeout", millis);
    p.put(prefix + "writetimeout", millis);
    p.put(prefix + "auth", String.valueOf(hasUser()));
    if ("starttls".equals(settings.tls())) {
      p.put(prefix + "starttls.enable", "true");
      p.put(prefix + "starttls.required", "true");
    }
    this.session = Session.getInstance(p);
  }

  public boolean configured() {
    return settings.configured();
  }

  /** Sends each mail and returns what became of it, in the same order; never throws for a mail. */
  public List<Mail.Outcome> send(List<Mail> mails) {
    List<Mail.Outcome> outcomes = new ArrayList<>(mails.size());
    Transport transport = null;
    try {
      for (Mail mail : mails) {
        try {
          if (transport == null || !transport.isConnected()) {
            transport = connect();
          }
          MimeMessage message = message(mail);
          transport.sendMessage(message, message.getAllRecipients());
          outcomes.add(Mail.Outcome.DELIVERED);
        } catch (SendFailedException e) {
          outcomes.add(refusal(e));
        } catch (MessagingException | RuntimeException e) {
          LOG.warn("Could not send an e-mail through {}: {}", settings.host(), e.getMessage());
          outcomes.add(new Mail.Outcome(Mail.Result.FAILED, describe(e)));
        }
      }
    } finally {
      close(transport);
    }
    return outcomes;
  }

  private Transport connect() throws MessagingException {
    Transport transport = session.getTransport(protocol);
    transport.connect(
        settings.host(),
        settings.port(),
        hasUser() ? settings.user() : null,
        hasUser() ? settings.password() : null);
    return transport;
  }

  private MimeMessage message(Mail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from(), true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
    message.setSubject(mail.subject(), "UTF-8");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.saveChanges();
    return message;
  }

  /** A refused address: permanent for a 5xx answer, passing for a 4xx one. */
  private static Mail.Outcome refusal(SendFailedException e) {
    for (Exception next = e; next != null; ) {
      if (next instanceof SMTPAddressFailedException failed) {
        Mail.Result result =
            failed.getReturnCode() >= 500 ? Mail.Result.REFUSED : Mail.Result.FAILED;
        return new Mail.Outcome(result, describe(failed));
      }
      next = next instanceof MessagingException m ? m.getNextException() : null;
    }
    return new Mail.Outcome(Mail.Result.REFUSED, describe(e));
  }

  private static String describe(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().trim();
    return message.length() > 480 ? message.substring(0, 480) : message;
  }

  private boolean hasUser() {
    return settings.user() != null && !settings.user().isBlank();
  }

  private static void close(Transport transport) {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.debug("Closing the SMTP connection failed", e);
      }
    }
  }
}
