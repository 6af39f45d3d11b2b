package no.saman.survey.round;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;
import no.saman.survey.cache.RecentlyRead;

/** Rounds as every respondent request reads them (see {@link RecentlyRead}). */
@Singleton
public class RecentRounds {

  private final RecentlyRead<String, SurveyRound> recent;

  public RecentRounds(
      SurveyRoundRepository rounds, TransactionOperations<Connection> transactions) {
    this.recent = new RecentlyRead<>(rounds::findById, transactions);
  }

  Optional<SurveyRound> find(String id) {
    return recent.find(id);
  }

  /** Called where a round changes: the next reader after the commit reads it again. */
  void forget(String id) {
    recent.forget(id);
  }
}
