package no.saman.survey.round;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import no.saman.survey.instrument.InstrumentCatalogue;
import no.saman.survey.organisation.MunicipalityRepository;
import no.saman.survey.outbox.Outbox;
import no.saman.survey.problem.Problem.FieldError;
import no.saman.survey.problem.ProblemException;

/** Creates and closes survey rounds, publishing each change through the outbox. */
@Singleton
public class RoundService {

  private final SurveyRoundRepository rounds;
  private final MunicipalityRepository municipalities;
  private final InstrumentCatalogue catalogue;
  private final Outbox outbox;

  public RoundService(
      SurveyRoundRepository rounds,
      MunicipalityRepository municipalities,
      InstrumentCatalogue catalogue,
      Outbox outbox) {
    this.rounds = rounds;
    this.municipalities = municipalities;
    this.catalogue = catalogue;
    this.outbox = outbox;
  }

  @Transactional
  public SurveyRound create(RoundCommands.CreateRound command) {
    List<FieldError> errors = new ArrayList<>();
    if (!municipalities.existsById(command.municipality())) {
      errors.add(new FieldError("municipality", "no municipality " + command.municipality()));
    }
    for (int i = 0; i < command.modules().size(); i++) {
      if (catalogue.module(command.modules().get(i)).isEmpty()) {
        errors.add(
            new FieldError("modules[" + i + "]", "unknown module " + command.modules().get(i)));
      }
    }
    if (command.closes().isBefore(command.opens())) {
      errors.add(new FieldError("closes", "must not be before opens"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    String modules = String.join(",", new LinkedHashSet<>(command.modules()));
    SurveyRound round =
        rounds.save(
            new SurveyRound(
                UUID.randomUUID().toString(),
                command.municipality(),
                command.title(),
                command.wave(),
                modules,
                command.opens(),
                command.closes(),
                SurveyRound.OPEN));
    publish(round);
    return round;
  }

  @Transactional
  public SurveyRound close(String id) {
    SurveyRound round = find(id);
    if (SurveyRound.CLOSED.equals(round.status())) {
      return round;
    }
    SurveyRound closed = rounds.update(round.closed());
    publish(closed);
    return closed;
  }

  public SurveyRound find(String id) {
    return rounds.findById(id).orElseThrow(() -> ProblemException.notFound("No round " + id));
  }

  private void publish(SurveyRound round) {
    outbox.append(RoundEvent.TOPIC, round.id(), RoundEvent.of(round));
  }
}
