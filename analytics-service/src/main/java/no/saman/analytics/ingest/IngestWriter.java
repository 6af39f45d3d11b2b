package no.saman.analytics.ingest;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.saman.analytics.instrument.Instrument;
import no.saman.analytics.organisation.MunicipalityRepository;
import no.saman.analytics.organisation.Network;
import no.saman.analytics.organisation.NetworkStore;
import no.saman.analytics.organisation.OrgUnit;
import no.saman.analytics.organisation.OrgUnitRepository;
import no.saman.analytics.round.InstrumentStore;
import no.saman.analytics.round.SeenRounds;
import no.saman.analytics.round.SurveyRoundRepository;
import no.saman.analytics.statistics.ResponseRecord;
import no.saman.analytics.statistics.StatisticsWriter;

/**
 * Applies a batch of accepted events in ONE transaction: a response's stored answers are written
 * together with the statistics it changes, and their key tells a redelivered response, which then
 * changes nothing. Both paths lock the round's row before they read its instrument, and read
 * committed data, so that a response and its round's snapshot arriving at the same time on two
 * consumers never leave a response out of the index statistics.
 */
@Singleton
public class IngestWriter {

  private final StatisticsWriter statistics;
  private final MunicipalityRepository municipalities;
  private final OrgUnitRepository units;
  private final NetworkStore networks;
  private final SurveyRoundRepository rounds;
  private final InstrumentStore instruments;
  private final SeenRounds seenRounds;
  private final ObjectMapper json;

  IngestWriter(
      StatisticsWriter statistics,
      MunicipalityRepository municipalities,
      OrgUnitRepository units,
      NetworkStore networks,
      SurveyRoundRepository rounds,
      InstrumentStore instruments,
      SeenRounds seenRounds,
      ObjectMapper json) {
    this.statistics = statistics;
    this.municipalities = municipalities;
    this.units = units;
    this.networks = networks;
    this.rounds = rounds;
    this.instruments = instruments;
    this.seenRounds = seenRounds;
    this.json = json;
  }

  /** When a batch's responses reach the statistics. */
  public enum Counting {
    /** In the batch's own transaction: live consumption. */
    IN_BATCH,
    /**
     * Only their answers are stored; {@link #recount} adds them once every batch is in: a replay
     * into a fresh schema that no service reads or writes meanwhile.
     */
    AFTER_REPLAY
  }

  /**
   * Stores the events, their responses counted in the same transaction.
   *
   * @return how many of the responses had been counted before and so changed nothing
   */
  @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
  public int apply(List<IngestEvent> events) {
    return apply(events, Counting.IN_BATCH);
  }

  /**
   * Stores the events.
   *
   * @return how many of the responses had been stored before and so changed nothing
   */
  @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
  public int apply(List<IngestEvent> events, Counting counting) {
    List<ResponseEvent> responses = new ArrayList<>();
    for (IngestEvent event : events) {
      if (event instanceof ResponseEvent response) {
        responses.add(response);
      } else if (event instanceof OrganisationEvent organisation) {
        upsert(organisation);
      } else if (event instanceof RoundEvent round) {
        upsert(round);
      }
    }
    if (responses.size() < events.size()) {
      // Results are built from rounds and the organisation too: their caches must see the change.
      statistics.raiseVersion();
    }
    if (responses.isEmpty()) {
      return 0;
    }
    Set<String> fresh =
        statistics.unprocessed(responses.stream().map(ResponseEvent::responseId).toList());
    Map<String, ResponseRecord> added = new LinkedHashMap<>();
    Map<String, ResponseEvent> roundsSeen = new TreeMap<>();
    for (ResponseEvent response : responses) {
      if (fresh.contains(response.responseId()) && !added.containsKey(response.responseId())) {
        added.put(response.responseId(), toRecord(response));
        roundsSeen.putIfAbsent(response.roundId(), response);
      }
    }
    seenRounds.record(
        roundsSeen.values().stream()
            .map(r -> new SeenRounds.Seen(r.roundId(), r.municipality(), r.wave()))
            .toList());
    if (counting == Counting.IN_BATCH) {
      statistics.add(added.values(), instruments.read(roundsSeen.keySet()));
    } else {
      statistics.store(added.values());
    }
    return responses.size() - added.size();
  }

  /** Computes the round's statistics from its stored answers and its instrument snapshot. */
  @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
  public void recount(String roundId) {
    statistics.recompute(roundId, instruments.read(roundId));
  }

  private void upsert(OrganisationEvent e) {
    if (e.isNetwork()) {
      networks.replace(new Network(e.network(), e.name(), e.theme(), e.leader(), e.members()));
    } else if (e.isUnit()) {
      units.upsert(
          OrgUnit.idOf(e.municipality(), e.unit()),
          e.municipality(),
          e.unit(),
          e.name(),
          e.parent(),
          e.headcount(),
          e.serviceType());
    } else {
      municipalities.upsert(e.municipality(), e.name(), e.county(), e.language());
    }
  }

  private void upsert(RoundEvent e) {
    rounds.upsert(
        e.roundId(),
        e.municipality(),
        e.title(),
        e.wave(),
        toJson(e.modules()),
        LocalDate.parse(e.opens()),
        LocalDate.parse(e.closes()),
        e.status(),
        e.created());
    Instrument instrument = e.toInstrument();
    if (instruments.replace(e.roundId(), instrument)) {
      statistics.recompute(e.roundId(), instrument);
    }
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResponseRecord toRecord(ResponseEvent e) {
    return new ResponseRecord(
        e.responseId(),
        e.roundId(),
        e.municipality(),
        e.unitPath(),
        LocalDate.parse(e.submittedOn()),
        e.language(),
        e.background(),
        e.answers(),
        e.comments());
  }
}
