package no.saman.survey.organisation;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;
import no.saman.survey.cache.RecentlyRead;

/**
 * Municipalities as every respondent request reads them (name and målform for the questionnaire;
 * see {@link RecentlyRead}).
 */
@Singleton
public class RecentMunicipalities {

  private final RecentlyRead<String, Municipality> recent;

  public RecentMunicipalities(
      MunicipalityRepository municipalities, TransactionOperations<Connection> transactions) {
    this.recent = new RecentlyRead<>(municipalities::findById, transactions);
  }

  public Optional<Municipality> find(String code) {
    return recent.find(code);
  }

  /** Called where a municipality changes: the next reader after the commit reads it again. */
  void forget(String code) {
    recent.forget(code);
  }
}
