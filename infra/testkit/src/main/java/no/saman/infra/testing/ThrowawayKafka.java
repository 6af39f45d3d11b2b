package no.saman.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import no.saman.infra.kafka.KraftBroker;

/** A real Kafka broker on a free port whose data lives in a temporary folder deleted on close. */
public final class ThrowawayKafka implements AutoCloseable {

  private final Path dataDir;
  private final KraftBroker broker;

  private ThrowawayKafka(Path dataDir) {
    this.dataDir = dataDir;
    this.broker = new KraftBroker(dataDir, 0).start();
  }

  /** Starts a broker with a fresh, empty log under the system temporary folder. */
  public static ThrowawayKafka start() {
    try {
      return new ThrowawayKafka(Files.createTempDirectory("saman-kafka-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String bootstrapServers() {
    return broker.bootstrapServers();
  }

  /** Stops the broker and deletes its data. */
  @Override
  public void close() {
    broker.close();
    try (Stream<Path> paths = Files.walk(dataDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort: the folder is under the system temporary folder
    }
  }
}
