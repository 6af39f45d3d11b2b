package no.saman.infra.stack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) in the test JVM on a free port, which the packaged survey-service
 * sends its invitations and reminders to; the messages are read back as received.
 */
final class Mailbox implements AutoCloseable {

  static final String FROM = "hr@vestvagoy.test";

  private final int port;
  private final GreenMail server;

  Mailbox() {
    port = freePort();
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  /** The settings that point survey-service at this server. */
  Map<String, String> settings() {
    return Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(port), "SMTP_FROM", FROM);
  }

  /** A received message: its one recipient, subject, and plain-text and HTML parts. */
  record Received(String to, String from, String subject, String text, String html) {}

  List<Received> received() {
    return Arrays.stream(server.getReceivedMessages()).map(Mailbox::read).toList();
  }

  List<Received> receivedBy(String address) {
    return received().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
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
          message.getFrom()[0].toString(),
          message.getSubject(),
          parts.getBodyPart(0).getContent().toString(),
          parts.getBodyPart(1).getContent().toString());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Unreadable message", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
