package no.saman.analytics.ingest;

/** What a consumed record turned out to be. */
sealed interface Decoded {

  /** A well-formed event that keeps its contract. */
  record Accepted(IngestEvent event) implements Decoded {}

  /** A record that cannot be parsed or breaks its contract: it goes to the dead-letter topic. */
  record Rejected(String reason) implements Decoded {}

  /** A tombstone on a compacted topic: nothing to do. */
  record Skipped(String reason) implements Decoded {}
}
