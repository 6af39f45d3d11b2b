package no.saman.analytics.ingest;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Parses a consumed record into its event and checks it against the topic's contract; it never
 * throws, so that one bad record can only ever be dead-lettered, not stop the partition.
 */
@Singleton
class EventDecoder {

  static final List<String> TOPICS =
      List.of(ResponseEvent.TOPIC, OrganisationEvent.TOPIC, RoundEvent.TOPIC);

  private final ObjectMapper json;

  EventDecoder(ObjectMapper json) {
    this.json = json;
  }

  Decoded decode(ConsumerRecord<byte[], byte[]> record) {
    Class<? extends IngestEvent> type = eventType(record.topic());
    if (type == null) {
      return new Decoded.Rejected("no contract for topic " + record.topic());
    }
    if (record.value() == null) {
      return type == ResponseEvent.class
          ? new Decoded.Rejected("empty value: a response event cannot be a tombstone")
          : new Decoded.Skipped("tombstone");
    }
    try {
      IngestEvent event = json.readValue(record.value(), type);
      if (event == null) {
        return new Decoded.Rejected("not a JSON object");
      }
      List<String> violations = event.violations();
      if (!violations.isEmpty()) {
        return new Decoded.Rejected(
            "violates " + record.topic() + ": " + String.join("; ", violations));
      }
      return new Decoded.Accepted(event);
    } catch (IOException | RuntimeException e) {
      return new Decoded.Rejected("not a valid " + record.topic() + " event: " + e.getMessage());
    }
  }

  private static Class<? extends IngestEvent> eventType(String topic) {
    return switch (topic) {
      case ResponseEvent.TOPIC -> ResponseEvent.class;
      case OrganisationEvent.TOPIC -> OrganisationEvent.class;
      case RoundEvent.TOPIC -> RoundEvent.class;
      default -> null;
    };
  }
}
