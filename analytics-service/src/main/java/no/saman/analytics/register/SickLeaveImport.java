package no.saman.analytics.register;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.saman.analytics.organisation.OrgUnit;
import no.saman.analytics.organisation.OrgUnitRepository;
import no.saman.analytics.problem.Problem.InvalidParam;
import no.saman.analytics.problem.ProblemException;

/**
 * Imports a municipality's sick-leave file in one transaction: all of it, or — when partial import
 * is asked for — its good lines; never a bad one.
 */
@Singleton
class SickLeaveImport {

  private final OrgUnitRepository units;
  private final SickLeaveStore store;

  SickLeaveImport(OrgUnitRepository units, SickLeaveStore store) {
    this.units = units;
    this.store = store;
  }

  /**
   * @return what was stored and what was rejected; {@code accepted} is 0 when a line was rejected
   *     and {@code partial} is false
   * @throws ProblemException 400 when the file has no usable header
   */
  @Transactional
  ImportResult importFile(String municipality, String csv, boolean partial) {
    Set<String> known = new HashSet<>();
    for (OrgUnit unit : units.findByMunicipality(municipality)) {
      known.add(unit.code());
    }
    SickLeaveCsv.Parsed parsed = SickLeaveCsv.parse(csv, known);
    if (parsed.header() != null) {
      throw ProblemException.invalidParameters(List.of(new InvalidParam("body", parsed.header())));
    }
    List<ImportResult.RejectedLine> rejected =
        parsed.rejected().stream()
            .map(r -> new ImportResult.RejectedLine(r.line(), r.error()))
            .toList();
    if (!rejected.isEmpty() && !partial) {
      return new ImportResult(0, rejected);
    }
    store.store(municipality, parsed.accepted());
    return new ImportResult(parsed.accepted().size(), rejected);
  }
}
