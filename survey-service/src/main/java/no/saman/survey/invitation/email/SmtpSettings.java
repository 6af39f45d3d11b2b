package no.saman.survey.invitation.email;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * The SMTP server that invitations and reminders go through.
 *
 * @param host none or blank: e-mail is not set up, and its endpoints answer 503
 * @param tls {@code none}, {@code starttls} (required, not opportunistic) or {@code tls} (SMTPS)
 * @param timeout for connecting, reading and writing
 */
@ConfigurationProperties("survey.smtp")
public record SmtpSettings(
    @Nullable String host,
    int port,
    @Nullable String user,
    @Nullable String password,
    String from,
    String tls,
    Duration timeout) {

  public boolean configured() {
    return host != null && !host.isBlank();
  }
}
