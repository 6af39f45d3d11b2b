package no.saman.survey.support;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A real SMTP server (GreenMail) in the test JVM, which refuses the given recipients with 550 as a
 * receiving server refuses an unknown mailbox; messages are read back as received.
 */
public final class TestSmtp implements AutoCloseable {

  private final int port;
  private final Set<String> refused;
  private GreenMail server;

  public TestSmtp(Set<String> refusedRecipients) {
    this.refused = Set.copyOf(refusedRecipients);
    this.port = freePort();
    start();
  }

  /** Starts (again) on the same port, with an empty mailbox. */
  public void start() {
    server = new Refusing(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP), refused);
    server.start();
  }

  public void stop() {
    server.stop();
  }

  /** The settings that point survey-service at this server. */
  public Map<String, String> properties() {
    return Map.of(
        "survey.smtp.host", "127.0.0.1",
        "survey.smtp.port", String.valueOf(port),
        "survey.smtp.from", "hr@fraena.test");
  }

  /** A received message as a test reads it. */
  public record Received(String to, String subject, String text, String html) {}

  public List<Received> received() {
    return Arrays.stream(server.getReceivedMessages()).map(TestSmtp::read).toList();
  }

  public List<Received> receivedBy(String address) {
    return received().stream().filter(m -> m.to().equals(address)).toList();
  }

  @Override
  public void close() {
    server.stop();
  }

  private static Received read(MimeMessage message) {
    try {
      MimeMultipart parts = (MimeMultipart) message.getContent();
      return new Received(
          message.getAllRecipients()[0].toString(),
          message.getSubject(),
          content(parts.getBodyPart(0)),
          content(parts.getBodyPart(1)));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Unreadable message", e);
    }
  }

  private static String content(BodyPart part) throws MessagingException, IOException {
    return part.getContent().toString();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GreenMail whose SMTP server answers RCPT with 550 for the refused addresses. */
  private static final class Refusing extends GreenMail {

    private final Set<String> refused;

    Refusing(ServerSetup setup, Set<String> refused) {
      super(setup);
      this.refused = refused;
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers ignored) {
      Managers refusing = new RefusingManagers(refused);
      managers = refusing;
      return super.createServices(setups, refusing);
    }
  }

  private static final class RefusingManagers extends Managers {

    private final SmtpManager smtp;

    RefusingManagers(Set<String> refused) {
      smtp =
          new SmtpManager(getImapHostManager(), getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress address) {
              return refused.contains(address.getEmail())
                  ? "550 5.1.1 <" + address.getEmail() + ">: no such mailbox"
                  : null;
            }
          };
    }

    @Override
    public SmtpManager getSmtpManager() {
      return smtp;
    }
  }
}
