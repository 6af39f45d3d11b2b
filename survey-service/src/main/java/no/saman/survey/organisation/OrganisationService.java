package no.saman.survey.organisation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.saman.survey.outbox.Outbox;
import no.saman.survey.problem.ProblemException;

/** Creates and updates municipalities and units, publishing each change through the outbox. */
@Singleton
public class OrganisationService {

  private final MunicipalityRepository municipalities;
  private final UnitRepository units;
  private final Outbox outbox;
  private final UnitParents parents;
  private final RecentMunicipalities recent;

  public OrganisationService(
      MunicipalityRepository municipalities,
      UnitRepository units,
      Outbox outbox,
      UnitParents parents,
      RecentMunicipalities recent) {
    this.recent = recent;
    this.municipalities = municipalities;
    this.units = units;
    this.outbox = outbox;
    this.parents = parents;
  }

  @Transactional
  public Municipality putMunicipality(String code, OrganisationCommands.PutMunicipality command) {
    Municipality m = new Municipality(code, command.name(), command.county(), command.language());
    Municipality saved =
        municipalities.existsById(code) ? municipalities.update(m) : municipalities.save(m);
    recent.forget(code);
    publish(OrganisationEvent.of(saved));
    return saved;
  }

  @Transactional
  public Unit putUnit(String municipality, String code, OrganisationCommands.PutUnit command) {
    if (!municipalities.existsById(municipality)) {
      throw ProblemException.notFound("No municipality " + municipality);
    }
    if (command.parent() != null) {
      if (command.parent().equals(code)) {
        throw ProblemException.invalid("parent", "a unit cannot be its own parent");
      }
      if (!units.existsById(new Unit.Key(municipality, command.parent()))) {
        throw ProblemException.invalid("parent", "is not a unit of municipality " + municipality);
      }
    }
    // The same service types as an import, so that units are compared by one list of types.
    String type =
        ServiceTypes.code(command.type())
            .orElseThrow(
                () ->
                    ProblemException.invalid(
                        "type",
                        "unknown service type "
                            + command.type()
                            + "; known: "
                            + String.join(", ", ServiceTypes.CODES)));
    Unit.Key key = new Unit.Key(municipality, code);
    Unit unit = new Unit(key, command.name(), command.parent(), command.headcount(), type);
    Unit saved = units.existsById(key) ? units.update(unit) : units.save(unit);
    parents.forget(municipality);
    publish(OrganisationEvent.of(saved));
    return saved;
  }

  private void publish(OrganisationEvent event) {
    outbox.append(OrganisationEvent.TOPIC, event.key(), event);
  }
}
