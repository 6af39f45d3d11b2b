package no.saman.infra.kafka;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@link KraftBroker} as a standalone process for the local stack: {@code --port 9092
 * --data-dir target/local/kafka}. Stops cleanly on SIGTERM or Ctrl-C.
 */
public final class KafkaBrokerMain {

  private KafkaBrokerMain() {}

  public static void main(String[] args) throws InterruptedException {
    int port = 9092;
    Path dataDir = Path.of("target", "local", "kafka");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--data-dir" -> dataDir = Path.of(args[++i]);
        case "-h", "--help" -> {
          System.out.println("usage: KafkaBrokerMain [--port 9092] [--data-dir DIR]");
          return;
        }
        default -> {
          System.err.println("unknown argument: " + args[i]);
          System.exit(2);
        }
      }
    }
    KraftBroker broker = new KraftBroker(dataDir, port).start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  broker.close();
                  stopped.countDown();
                }));
    System.out.println(
        "Kafka broker ready at " + broker.bootstrapServers() + " (data " + dataDir + ")");
    stopped.await();
  }
}
