package no.saman.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import no.saman.infra.kafka.KraftBroker;

/**
 * One real Kafka broker per test JVM, started on first use and stopped when the JVM exits, so that
 * every test class of a module shares the 2-3 s start-up.
 */
public final class SharedKafka {

  private static KraftBroker broker;

  private SharedKafka() {}

  public static synchronized String bootstrapServers() {
    if (broker == null) {
      Path dir = tempDir();
      broker = new KraftBroker(dir, 0).start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    broker.close();
                    deleteRecursively(dir);
                  }));
    }
    return broker.bootstrapServers();
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("saman-kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort: the directory is under the system temp folder
    }
  }
}
