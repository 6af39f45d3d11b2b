package no.saman.infra.stack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The local stack's mail catcher: a real SMTP server (GreenMail) that survey-service sends its
 * invitations and reminders to, so that HR can try e-mail in the demo without a mail server; each
 * message it receives is written as an {@code .eml} file, which any mail program opens.
 */
final class LocalMail implements AutoCloseable {

  private static final long POLL_MS = 500;

  private final GreenMail server;
  private final Path folder;
  private final Thread writer;
  private int written;

  private LocalMail(GreenMail server, Path folder) {
    this.server = server;
    this.folder = folder;
    this.writer = new Thread(this::writeUntilStopped, "local-mail");
    writer.setDaemon(true);
  }

  /** Starts the SMTP server on 127.0.0.1:{@code port}, writing what it receives into folder. */
  static LocalMail start(int port, Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    LocalMail mail = new LocalMail(server, folder);
    mail.writer.start();
    return mail;
  }

  Path folder() {
    return folder;
  }

  // Polling, since GreenMail tells no one of a new message; the catcher only serves the demo.
  private void writeUntilStopped() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        writeNew();
        Thread.sleep(POLL_MS);
      } catch (InterruptedException e) {
        return;
      } catch (IOException | MessagingException | RuntimeException e) {
        System.err.println("local mail: could not write a message: " + e);
        sleepQuietly();
      }
    }
  }

  private synchronized void writeNew() throws IOException, MessagingException {
    MimeMessage[] received = server.getReceivedMessages();
    for (; written < received.length; written++) {
      MimeMessage message = received[written];
      Path file = folder.resolve(fileName(written + 1, message));
      try (OutputStream out = Files.newOutputStream(file)) {
        message.writeTo(out);
      }
    }
  }

  /** {@code 0001-kari-fraena.test.eml}: the order received and the recipient. */
  static String fileName(int number, MimeMessage message) throws MessagingException {
    var recipients = message.getAllRecipients();
    String to = recipients == null || recipients.length == 0 ? "unknown" : recipients[0].toString();
    String safe = to.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    return String.format(Locale.ROOT, "%04d-%s.eml", number, safe);
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(POLL_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes what is still unwritten, then stops the server. */
  @Override
  public void close() {
    writer.interrupt();
    try {
      writeNew();
    } catch (IOException | MessagingException e) {
      System.err.println("local mail: could not write a message: " + e);
    } finally {
      server.stop();
    }
  }
}
