package no.saman.analytics.ingest;

import java.util.List;

/** An event as read from one of the consumed topics, parsed but not yet checked. */
public sealed interface IngestEvent permits ResponseEvent, OrganisationEvent, RoundEvent {

  /** The ways this event breaks its contract; empty when it keeps it. */
  List<String> violations();
}
