package no.saman.survey.round;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.saman.survey.instrument.InstrumentCatalogue;
import no.saman.survey.instrument.Module;
import no.saman.survey.organisation.MunicipalityRepository;
import no.saman.survey.outbox.Outbox;
import no.saman.survey.problem.Problem.FieldError;
import no.saman.survey.problem.ProblemException;

/**
 * Creates and closes survey rounds, each with a snapshot of the module versions it runs, and
 * publishes every change through the outbox.
 */
@Singleton
public class RoundService {

  private final SurveyRoundRepository rounds;
  private final MunicipalityRepository municipalities;
  private final InstrumentCatalogue catalogue;
  private final RoundInstruments instruments;
  private final Outbox outbox;
  private final Clock clock;
  private final ApplicationEventPublisher<RoundClosed> closings;
  private final RecentRounds recent;

  public RoundService(
      SurveyRoundRepository rounds,
      MunicipalityRepository municipalities,
      InstrumentCatalogue catalogue,
      RoundInstruments instruments,
      Outbox outbox,
      Clock clock,
      ApplicationEventPublisher<RoundClosed> closings,
      RecentRounds recent) {
    this.recent = recent;
    this.clock = clock;
    this.rounds = rounds;
    this.municipalities = municipalities;
    this.catalogue = catalogue;
    this.instruments = instruments;
    this.outbox = outbox;
    this.closings = closings;
  }

  @Transactional
  public SurveyRound create(RoundCommands.CreateRound command) {
    List<FieldError> errors = new ArrayList<>();
    if (!municipalities.existsById(command.municipality())) {
      errors.add(new FieldError("municipality", "no municipality " + command.municipality()));
    }
    List<Module> modules = modules(command.modules(), errors);
    if (command.closes().isBefore(command.opens())) {
      errors.add(new FieldError("closes", "must not be before opens"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    SurveyRound round =
        rounds.save(
            new SurveyRound(
                UUID.randomUUID().toString(),
                command.municipality(),
                command.title(),
                command.wave(),
                String.join(",", modules.stream().map(Module::id).toList()),
                command.opens(),
                command.closes(),
                SurveyRound.OPEN,
                instruments.write(modules)));
    catalogue.recordUse(round.id(), modules);
    publish(round);
    return round;
  }

  @Transactional
  public SurveyRound close(String id) {
    SurveyRound round = find(id);
    if (SurveyRound.CLOSED.equals(round.status())) {
      return round;
    }
    recent.forget(id);
    SurveyRound closed = rounds.update(round.closed());
    publish(closed);
    closings.publishEvent(new RoundClosed(id));
    return closed;
  }

  /**
   * Moves the last day of an open round's window later: after today and after the current last day
   * (shortening is closing early).
   */
  @Transactional
  public SurveyRound extend(String id, LocalDate closes) {
    SurveyRound round = find(id);
    LocalDate today = LocalDate.now(clock);
    if (SurveyRound.CLOSED.equals(round.phase(today))) {
      throw ProblemException.invalid("closes", "the round is closed; it cannot be extended");
    }
    if (!closes.isAfter(round.closes())) {
      throw ProblemException.invalid(
          "closes", "must be after the current last day " + round.closes());
    }
    if (!closes.isAfter(today)) {
      throw ProblemException.invalid("closes", "must be after today, " + today);
    }
    recent.forget(id);
    SurveyRound extended = rounds.update(round.closingOn(closes));
    publish(extended);
    return extended;
  }

  /** The municipality's rounds, latest first. */
  public List<SurveyRound> ofMunicipality(String municipality) {
    return rounds.findByMunicipalityOrderByOpensDesc(municipality);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public SurveyRound find(String id) {
    return rounds
        .findById(id)
        .orElseThrow(() -> ProblemException.notFound("No round with this id"));
  }

  /**
   * As {@link #find}, from the rounds read in the last seconds: for the respondent's requests,
   * which read the round of their link every time.
   */
  public SurveyRound findForRespondent(String id) {
    return recent.find(id).orElseThrow(() -> ProblemException.notFound("No round with this id"));
  }

  /** The current version of each named module, once each, in the order asked for. */
  private List<Module> modules(List<String> ids, List<FieldError> errors) {
    List<Module> modules = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id == null || id.isBlank()) {
        errors.add(new FieldError("modules[" + i + "]", "must be a module id such as HEILTID"));
        continue;
      }
      var module = catalogue.module(id);
      if (module.isEmpty()) {
        errors.add(new FieldError("modules[" + i + "]", "unknown module " + id));
      } else if (modules.stream().noneMatch(m -> m.id().equals(id))) {
        modules.add(module.get());
      }
    }
    return modules;
  }

  private void publish(SurveyRound round) {
    RoundEvent event =
        RoundEvent.of(round, rounds.creationOrder(round.id()), instruments.modules(round));
    outbox.append(RoundEvent.TOPIC, round.id(), event);
  }
}
