package no.saman.infra.testing;

/**
 * One real Kafka broker per test JVM, started on first use and stopped when the JVM exits, so that
 * every test class of a module shares the 2-3 s start-up.
 */
public final class SharedKafka {

  private static ThrowawayKafka broker;

  private SharedKafka() {}

  public static synchronized String bootstrapServers() {
    if (broker == null) {
      broker = ThrowawayKafka.start();
      Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
    }
    return broker.bootstrapServers();
  }
}
