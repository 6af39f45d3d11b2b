package no.saman.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMailIT {

  @TempDir Path data;

  @Test
  void shouldWriteEachReceivedMessageAsAnEmlFileInTheOrderReceived() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path folder = data.resolve("mail");
    ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    try (LocalMail mail = LocalMail.start(port, folder)) {
      GreenMailUtil.sendTextEmail(
          "Kari@Fraena.test", "saman@localhost", "Invitasjon: Heiltid", "Lenkja di", setup);
      GreenMailUtil.sendTextEmail(
          "ola@fraena.test", "saman@localhost", "Påminning: Heiltid", "Framleis tid", setup);

      List<Path> files =
          await().atMost(Duration.ofSeconds(10)).until(() -> emls(folder), l -> l.size() == 2);

      assertThat(files)
          .extracting(f -> f.getFileName().toString())
          .containsExactly("0001-kari-fraena.test.eml", "0002-ola-fraena.test.eml");
      String first = Files.readString(files.get(0), StandardCharsets.ISO_8859_1);
      assertThat(first)
          .contains("To: Kari@Fraena.test", "Subject: Invitasjon: Heiltid", "Lenkja di");
    }
  }

  private static List<Path> emls(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
    }
  }
}
