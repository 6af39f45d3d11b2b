package no.saman.survey.organisation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.saman.survey.organisation.importing.CsvRows;
import no.saman.survey.organisation.importing.CsvText;
import no.saman.survey.organisation.importing.ImportedUnit;
import no.saman.survey.organisation.importing.UnitImportCheck;
import no.saman.survey.outbox.Outbox;
import no.saman.survey.problem.ProblemException;

/**
 * Imports a municipality's unit tree from its HR system's file: checks every line first, then
 * stores all of it with its organisation events in one transaction, or nothing.
 */
@Singleton
public class UnitImportService {

  private final MunicipalityRepository municipalities;
  private final UnitRepository units;
  private final Outbox outbox;
  private final UnitParents parents;

  public UnitImportService(
      MunicipalityRepository municipalities,
      UnitRepository units,
      Outbox outbox,
      UnitParents parents) {
    this.municipalities = municipalities;
    this.units = units;
    this.outbox = outbox;
    this.parents = parents;
  }

  /**
   * The check of the file and, unless this is a dry run or a line was rejected, its units stored.
   */
  @Transactional
  public UnitImportCheck.Plan run(String municipality, byte[] file, boolean dryRun) {
    if (!municipalities.existsById(municipality)) {
      throw ProblemException.notFound("No municipality " + municipality);
    }
    Map<String, ImportedUnit> existing =
        units.findByKeyMunicipalityOrderByKeyCode(municipality).stream()
            .map(UnitImportService::imported)
            .collect(Collectors.toMap(ImportedUnit::code, Function.identity()));
    UnitImportCheck.Plan plan =
        UnitImportCheck.check(CsvRows.parse(CsvText.decode(file)), existing);
    if (dryRun || !plan.result().rejected().isEmpty()) {
      return plan;
    }
    parents.forget(municipality);
    for (ImportedUnit u : plan.toStore()) {
      Unit unit =
          new Unit(
              new Unit.Key(municipality, u.code()), u.name(), u.parent(), u.headcount(), u.type());
      Unit saved = existing.containsKey(u.code()) ? units.update(unit) : units.save(unit);
      OrganisationEvent event = OrganisationEvent.of(saved);
      outbox.append(OrganisationEvent.TOPIC, event.key(), event);
    }
    return plan;
  }

  private static ImportedUnit imported(Unit u) {
    return new ImportedUnit(u.key().code(), u.name(), u.parent(), u.headcount(), u.serviceType());
  }
}
